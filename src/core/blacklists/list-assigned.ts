import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { requireProspectSearch } from "../prospect-searches/get.ts";
import { presentBlacklist } from "./present.ts";
import type { Blacklist } from "./schemas.ts";
import { selectBlacklists } from "./select-blacklists.ts";

/** Every blacklist assigned to one prospect search (at most 100, so not paginated beyond one page). */
export async function listAssignedBlacklists(db: Db, tenant: Tenant, prospectSearchId: string): Promise<Blacklist[]> {
  await requireProspectSearch(db, tenant, prospectSearchId);
  const rows = await selectBlacklists(db, tenant)
    .innerJoin("prospect_search_blacklists as assigned", "assigned.blacklist_id", "blacklists.id")
    .where("assigned.prospect_search_id", "=", prospectSearchId)
    .orderBy("blacklists.created_at")
    .orderBy("blacklists.id")
    .execute();
  return rows.map((row) => presentBlacklist({ ...row, entry_count: row.entry_count ?? 0 }));
}
