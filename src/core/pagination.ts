import { z } from "zod";
import { ValidationError } from "./errors.ts";

export const LIMIT_DEFAULT = 50;
export const LIMIT_MAX = 100;

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(LIMIT_MAX).default(LIMIT_DEFAULT).describe("Page size, 1–100"),
  offset: z.coerce.number().int().min(0).default(0).describe("Rows to skip"),
});

export type PageQuery = z.infer<typeof PageQuerySchema>;

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  has_more: boolean;
}

export function toPage<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, total, limit: query.limit, offset: query.offset, has_more: query.offset + items.length < total };
}

/** Keyset position for lists that feed a sync: offsets skip rows while data changes, a cursor does not. */
export interface CursorPosition {
  at: string;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string, field = "cursor"): CursorPosition {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof at === "string" && typeof id === "string" && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through to the validation error below
  }
  throw new ValidationError([{ field, message: "Invalid cursor" }]);
}
