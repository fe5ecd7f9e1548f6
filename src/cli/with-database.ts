import { readConfig } from "../config.ts";
import type { Db } from "../db/database.ts";
import { openDatabase } from "../runtime/open-database.ts";

/** Opens the configured database for one CLI command and always closes it. */
export async function withDatabase<T>(run: (db: Db) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig());
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
