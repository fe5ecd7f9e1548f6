import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/** The tenant's blacklists with their entry counts; callers add filters, order and paging. */
export function selectBlacklists(db: Db, tenant: Tenant) {
  return whereTenant(db.selectFrom("blacklists"), tenant)
    .selectAll("blacklists")
    .select((eb) =>
      eb
        .selectFrom("blacklist_entries")
        .whereRef("blacklist_entries.blacklist_id", "=", "blacklists.id")
        .select(eb.fn.countAll<number>().as("n"))
        .as("entry_count"),
    );
}
