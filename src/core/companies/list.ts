import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page } from "../pagination.ts";
import { assertSearchOfTenant } from "./assert-search-of-tenant.ts";
import { companyRowsQuery } from "./company-rows.ts";
import { likePattern } from "./like-pattern.ts";
import { presentCompany } from "./present.ts";
import type { Company, ListCompaniesQuery } from "./schemas.ts";

/** GET /companies: one search's companies, filtered, in the order they entered the search. */
export async function listCompanies(db: Db, tenant: Tenant, query: ListCompaniesQuery): Promise<Page<Company>> {
  await assertSearchOfTenant(db, tenant, query.prospect_search_id);
  const statuses = query.review_status_list?.length ? query.review_status_list : query.review_status ? [query.review_status] : null;
  let base = companyRowsQuery(db)
    .where("sc.prospect_search_id", "=", query.prospect_search_id)
    .where("sc.organization_id", "=", tenant.organizationId)
    .where("sc.test_mode", "=", tenant.testMode);
  if (query.min_match_score !== undefined) base = base.where("sc.match_score", ">=", query.min_match_score);
  if (statuses) base = base.where("sc.review_status", "in", statuses);
  if (query.search) {
    const pattern = likePattern(query.search);
    base = base.where(sql<boolean>`(c.name ILIKE ${pattern} OR c.city ILIKE ${pattern} OR c.business_type ILIKE ${pattern}
      OR EXISTS (SELECT 1 FROM prospects p WHERE p.company_id = c.id AND p.erased_at IS NULL
                 AND (p.full_name ILIKE ${pattern} OR p.email ILIKE ${pattern})))`);
  }
  const [rows, count] = await Promise.all([
    base.orderBy("sc.created_at").orderBy("sc.company_id").limit(query.limit).offset(query.offset).execute(),
    base.clearSelect().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentCompany), Number(count.n), query);
}
