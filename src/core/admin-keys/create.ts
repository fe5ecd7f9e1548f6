import type { Db } from "../../db/database.ts";
import { newId } from "../ids.ts";
import { displayPrefix, generateKey, hashKey } from "../api-keys/key-format.ts";

export interface CreatedAdminKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
  created_at: string;
}

/** Operator keys reach /api/admin/v1 only; they belong to no organization. */
export async function createAdminKey(db: Db, name: string, options: { exactKey?: string } = {}): Promise<CreatedAdminKey> {
  const key = options.exactKey ?? generateKey("admin");
  const row = await db
    .insertInto("admin_keys")
    .values({ id: newId(), name, key_hash: hashKey(key), display_prefix: displayPrefix(key) })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, prefix: row.display_prefix, key, created_at: row.created_at };
}
