import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";

/** Prospects the tenant may read: people at companies in one of its searches (optionally one search). */
export function visibleProspectsQuery(db: Db, tenant: Tenant, prospectSearchId?: string) {
  return db
    .selectFrom("prospects as p")
    .where("p.erased_at", "is", null)
    .where((eb) => {
      let link = eb
        .selectFrom("search_companies as sc")
        .select("sc.company_id")
        .whereRef("sc.company_id", "=", "p.company_id")
        .where("sc.organization_id", "=", tenant.organizationId)
        .where("sc.test_mode", "=", tenant.testMode);
      if (prospectSearchId) link = link.where("sc.prospect_search_id", "=", prospectSearchId);
      return eb.exists(link);
    });
}
