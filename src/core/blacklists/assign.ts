import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import { listAssignedBlacklists } from "./list-assigned.ts";
import { requireOwnedBlacklists } from "./internal.ts";
import type { Page } from "../pagination.ts";
import { AssignBlacklistsInputSchema, type Blacklist } from "./schemas.ts";

/** Replaces the set of blacklists assigned to a prospect search in one transaction. */
export async function setAssignedBlacklists(
  db: Db,
  tenant: Tenant,
  prospectSearchId: string,
  rawInput: { blacklist_ids: string[] },
): Promise<Page<Blacklist>> {
  const ids = [...new Set(AssignBlacklistsInputSchema.parse(rawInput).blacklist_ids)];
  await requireProspectSearch(db, tenant, prospectSearchId);
  await requireOwnedBlacklists(db, tenant, rawInput.blacklist_ids);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("prospect_search_blacklists").where("prospect_search_id", "=", prospectSearchId).execute();
    if (ids.length) {
      await trx
        .insertInto("prospect_search_blacklists")
        .values(ids.map((blacklist_id) => ({ prospect_search_id: prospectSearchId, blacklist_id })))
        .execute();
    }
  });
  // At most 100 can be assigned, so one page of 100 is the whole new set.
  return listAssignedBlacklists(db, tenant, prospectSearchId, { limit: 100, offset: 0 });
}
