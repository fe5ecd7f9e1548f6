import { ValidationError } from "../errors.ts";

// Result rows keep their position for life, so the position is a stable keyset cursor.
export function encodeResultsCursor(position: number): string {
  return Buffer.from(`pos:${position}`).toString("base64url");
}

export function decodeResultsCursor(cursor: string): number {
  const match = /^pos:(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new ValidationError([{ field: "cursor", message: "Invalid cursor" }]);
  return Number(match[1]);
}
