import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { requireBlacklist } from "./internal.ts";
import { DeleteEntriesInputSchema } from "./schemas.ts";

/** Ids that are not entries of this blacklist are simply not deleted: nothing about them is revealed. */
export async function deleteBlacklistEntries(
  db: Db,
  tenant: Tenant,
  blacklistId: string,
  rawInput: { entry_ids: string[] },
): Promise<{ deleted: number }> {
  const { entry_ids } = DeleteEntriesInputSchema.parse(rawInput);
  await requireBlacklist(db, tenant, blacklistId);
  return db.transaction().execute(async (trx) => {
    const deleted = await trx
      .deleteFrom("blacklist_entries")
      .where("blacklist_id", "=", blacklistId)
      .where("id", "in", entry_ids)
      .returning("id")
      .execute();
    if (deleted.length) await trx.updateTable("blacklists").set({ updated_at: sql<string>`now()` }).where("id", "=", blacklistId).execute();
    return { deleted: deleted.length };
  });
}
