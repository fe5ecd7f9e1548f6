import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** Appends one benchmark record to a JSON array file (created when missing). */
export function appendResult(file: string, record: object): void {
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as unknown[]) : [];
  writeFileSync(file, `${JSON.stringify([...previous, record], null, 2)}\n`);
}
