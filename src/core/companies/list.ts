import { sql, type SelectQueryBuilder } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page } from "../pagination.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import { companyRowsQuery } from "./company-rows.ts";
import { likePattern } from "./like-pattern.ts";
import { presentCompany } from "./present.ts";
import type { Company, ListCompaniesQuery } from "./schemas.ts";

/** GET /companies: one search's companies, filtered, in the order they entered the search. */
export async function listCompanies(db: Db, tenant: Tenant, query: ListCompaniesQuery): Promise<Page<Company>> {
  await requireProspectSearch(db, tenant, query.prospect_search_id);
  const rows = await withFilters(companyRowsQuery(db), tenant, query)
    .orderBy("sc.created_at")
    .orderBy("sc.company_id")
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  // Counted on search_companies alone (erasure deletes the links), so big searches count from an index.
  const count = await withFilters(db.selectFrom("search_companies as sc"), tenant, query)
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return toPage(rows.map(presentCompany), Number(count.n), query);
}

// Both queries have search_companies as "sc"; the cast is what lets one filter serve both shapes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's generic builder pattern
function withFilters<QB extends SelectQueryBuilder<any, any, any>>(base: QB, tenant: Tenant, query: ListCompaniesQuery): QB {
  const statuses = query.review_status_list?.length ? query.review_status_list : query.review_status ? [query.review_status] : null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  let filtered: SelectQueryBuilder<any, any, any> = base
    .where("sc.prospect_search_id", "=", query.prospect_search_id)
    .where("sc.organization_id", "=", tenant.organizationId)
    .where("sc.test_mode", "=", tenant.testMode);
  if (query.min_match_score !== undefined) filtered = filtered.where("sc.match_score", ">=", query.min_match_score);
  if (statuses) filtered = filtered.where("sc.review_status", "in", statuses);
  if (query.search) filtered = filtered.where(textMatch(likePattern(query.search)));
  return filtered as QB;
}

// No trigram index (not available on PGlite): a contains-match is a scan of the search's companies.
function textMatch(pattern: string) {
  return sql<boolean>`EXISTS (SELECT 1 FROM companies m WHERE m.id = sc.company_id
    AND (m.name ILIKE ${pattern} OR m.city ILIKE ${pattern} OR m.business_type ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM prospects p WHERE p.company_id = m.id AND p.erased_at IS NULL
                 AND (p.full_name ILIKE ${pattern} OR p.email ILIKE ${pattern}))))`;
}
