import type { Db } from "../../db/database.ts";
import { NotFoundError } from "../errors.ts";
import { announceKeyChange } from "./key-changes.ts";
import { presentApiKey } from "./present.ts";
import type { ApiKey } from "./schemas.ts";

/** Revoking twice is harmless: the first revocation time is kept. */
export async function revokeApiKey(db: Db, keyId: string): Promise<ApiKey> {
  const row = await db
    .updateTable("api_keys")
    .set((eb) => ({ revoked_at: eb.fn.coalesce("revoked_at", eb.fn<string>("now", [])) }))
    .where("id", "=", keyId)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new NotFoundError("ApiKey", keyId);
  await announceKeyChange(db, { scope: "key", id: row.id });
  return presentApiKey(row);
}
