import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { assertCompanyVisible } from "../companies/internal.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";
import { likePattern } from "../companies/like-pattern.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page } from "../pagination.ts";
import { presentProspect } from "./present.ts";
import type { ListProspectsQuery, Prospect } from "./schemas.ts";
import { visibleProspectsQuery } from "./visible-prospects.ts";

/** GET /prospects; a company or search filter the tenant cannot see is a 404, as on GET /companies. */
export async function listProspects(db: Db, tenant: Tenant, query: ListProspectsQuery): Promise<Page<Prospect>> {
  if (query.prospect_search_id) await requireProspectSearch(db, tenant, query.prospect_search_id);
  if (query.company_id) await assertCompanyVisible(db, tenant, query.company_id);
  let base = visibleProspectsQuery(db, tenant, query.prospect_search_id);
  if (query.company_id) base = base.where("p.company_id", "=", query.company_id);
  if (query.role_class) base = base.where("p.role_class", "=", query.role_class);
  if (query.search) {
    const pattern = likePattern(query.search);
    base = base.where(sql<boolean>`(p.full_name ILIKE ${pattern} OR p.title ILIKE ${pattern} OR p.email ILIKE ${pattern})`);
  }
  const [rows, count] = await Promise.all([
    base.selectAll("p").orderBy("p.first_seen_at").orderBy("p.id").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows.map(presentProspect), Number(count.n), query);
}
