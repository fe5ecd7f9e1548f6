import { sql, type Selectable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { DeliveriesTable } from "../../db/types.ts";
import { companyCountColumns, type CompanyRow } from "../companies/company-rows.ts";
import { presentCompany } from "../companies/present.ts";
import { presentProspect } from "../prospects/present.ts";
import type { Prospect } from "../prospects/schemas.ts";
import { withoutSuppressedPeople } from "../suppressions/lookup.ts";
import type { FeedItem } from "./feed-schemas.ts";

/** Turns a page of feed rows into items, loading the companies and their people in two queries. */
export async function presentFeed(db: Db, prospectSearchId: string, rows: Selectable<DeliveriesTable>[]): Promise<FeedItem[]> {
  const qualifiedIds = [...new Set(rows.filter((row) => row.event === "qualified" || row.event === "updated").map((row) => row.company_id))];
  const [companies, loaded] = await Promise.all([loadCompanies(db, prospectSearchId, qualifiedIds), loadProspects(db, qualifiedIds)]);
  const prospects = await withoutSuppressed(db, companies, loaded);
  return rows.map((row): FeedItem => {
    const delivery = { delivery_id: row.id, delivered_at: row.delivered_at };
    if (row.event === "erased") return { id: row.company_id, prospect_search_id: row.prospect_search_id, ...delivery, event: "erased" };
    if (row.event === "merged") {
      return { id: row.company_id, prospect_search_id: row.prospect_search_id, ...delivery, event: "merged", merged_into: row.merged_into! };
    }
    const company = presentCompany(companies.get(row.company_id)!);
    const event = row.event === "updated" ? "updated" : "qualified";
    return { ...company, prospect_search_id: row.prospect_search_id, ...delivery, event, prospects: prospects.get(row.company_id) ?? [] };
  });
}

// Left join: a company merged away since its delivery no longer has a row in this search.
async function loadCompanies(db: Db, prospectSearchId: string, ids: string[]): Promise<Map<string, CompanyRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectFrom("companies as c")
    .leftJoin("search_companies as sc", (join) => join.onRef("sc.company_id", "=", "c.id").on("sc.prospect_search_id", "=", prospectSearchId))
    .selectAll("c")
    .select([
      sql<string>`${prospectSearchId}::uuid`.as("prospect_search_id"),
      "sc.match_score",
      sql<unknown>`coalesce(sc.match_explanation, '[]'::jsonb)`.as("match_explanation"),
      sql<"pending">`coalesce(sc.review_status, 'pending')`.as("review_status"),
      sql<string>`coalesce(sc.created_at, c.first_seen_at)`.as("linked_at"),
    ])
    .select(companyCountColumns())
    .where("c.id", "in", ids)
    .execute();
  return new Map(rows.map((row) => [row.id, row as CompanyRow]));
}

// Suppression holds at delivery time too: a person suppressed after being stored is not delivered.
async function withoutSuppressed(db: Db, companies: Map<string, CompanyRow>, prospects: Map<string, Prospect[]>): Promise<Map<string, Prospect[]>> {
  const filtered = new Map<string, Prospect[]>();
  for (const [companyId, people] of prospects) {
    const domain = companies.get(companyId)?.domain ?? null;
    filtered.set(companyId, await withoutSuppressedPeople(db, domain, people, (p) => ({ name: p.full_name, email: p.email })));
  }
  return filtered;
}

async function loadProspects(db: Db, companyIds: string[]): Promise<Map<string, Prospect[]>> {
  const byCompany = new Map<string, Prospect[]>();
  if (!companyIds.length) return byCompany;
  const rows = await db
    .selectFrom("prospects")
    .selectAll()
    .where("company_id", "in", companyIds)
    .where("erased_at", "is", null)
    .orderBy("first_seen_at")
    .orderBy("id")
    .execute();
  for (const row of rows) byCompany.set(row.company_id, [...(byCompany.get(row.company_id) ?? []), presentProspect(row)]);
  return byCompany;
}
