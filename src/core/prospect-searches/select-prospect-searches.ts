import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/** The tenant's prospect searches with their company and order counts. */
export function selectProspectSearches(db: Db, tenant: Tenant) {
  return whereTenant(db.selectFrom("prospect_searches"), tenant)
    .selectAll("prospect_searches")
    .select((eb) => [
      eb
        .selectFrom("search_companies")
        .whereRef("search_companies.prospect_search_id", "=", "prospect_searches.id")
        .select(eb.fn.countAll<number>().as("n"))
        .as("company_count"),
      eb
        .selectFrom("orders")
        .whereRef("orders.profile_id", "=", "prospect_searches.id")
        .select(eb.fn.countAll<number>().as("n"))
        .as("order_count"),
    ]);
}
