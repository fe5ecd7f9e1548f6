import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import { presentBlacklist } from "./present.ts";
import type { Blacklist } from "./schemas.ts";
import { selectBlacklists } from "./select-blacklists.ts";

/** The blacklists assigned to one prospect search, in the list envelope every list has. */
export async function listAssignedBlacklists(db: Db, tenant: Tenant, prospectSearchId: string, query: PageQuery = { limit: 100, offset: 0 }): Promise<Page<Blacklist>> {
  await requireProspectSearch(db, tenant, prospectSearchId);
  const assigned = selectBlacklists(db, tenant)
    .innerJoin("prospect_search_blacklists as assigned", "assigned.blacklist_id", "blacklists.id")
    .where("assigned.prospect_search_id", "=", prospectSearchId);
  const [rows, count] = await Promise.all([
    assigned.orderBy("blacklists.created_at").orderBy("blacklists.id").limit(query.limit).offset(query.offset).execute(),
    db
      .selectFrom("prospect_search_blacklists")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("prospect_search_id", "=", prospectSearchId)
      .executeTakeFirstOrThrow(),
  ]);
  return toPage(
    rows.map((row) => presentBlacklist({ ...row, entry_count: row.entry_count ?? 0 })),
    Number(count.n),
    query,
  );
}
