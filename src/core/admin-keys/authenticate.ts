import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { AdminPrincipal } from "../context.ts";
import { UnauthorizedError } from "../errors.ts";
import { hashKey, parseKeyKind } from "../api-keys/key-format.ts";

export async function authenticateAdminKey(db: Db, key: string): Promise<AdminPrincipal> {
  if (parseKeyKind(key) !== "admin") throw new UnauthorizedError("Invalid or missing admin key");
  const row = await db
    .updateTable("admin_keys")
    .set({ last_used_at: sql<string>`now()` })
    .where("key_hash", "=", hashKey(key))
    .where("revoked_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!row) throw new UnauthorizedError("Invalid or missing admin key");
  return { kind: "admin", keyId: row.id };
}
