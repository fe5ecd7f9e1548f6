import { sql, type Selectable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ProspectsTable } from "../../db/types.ts";
import { companyCountColumns, type CompanyRow } from "../companies/company-rows.ts";
import { keyId, keysOfPerson } from "../suppressions/keys.ts";
import { suppressedKeys } from "../suppressions/lookup.ts";
import { presentDeliveredCompany, type DeliveredCompany } from "./present-delivered-company.ts";

/**
 * "A company and its people" as one prospect search delivers them, for order results, the pull feed
 * and webhooks alike, so the three can never disagree: every person who is neither erased nor
 * suppressed (suppression holds at delivery time too), oldest first, never truncated. Batched:
 * three queries for any number of companies.
 */
export async function loadDeliveredCompanies(
  db: Db,
  prospectSearchId: string,
  companyIds: readonly string[],
  options: { withProspects?: boolean } = {},
): Promise<Map<string, DeliveredCompany>> {
  const ids = [...new Set(companyIds)];
  if (!ids.length) return new Map();
  const [companies, people] = await Promise.all([loadCompanyRows(db, prospectSearchId, ids), options.withProspects === false ? [] : loadPeople(db, ids)]);
  const deliverable = await withoutSuppressed(db, companies, people);
  return new Map([...companies.values()].map((row) => [row.id, presentDeliveredCompany(row, deliverable.get(row.id) ?? [])]));
}

// Left join: a company merged away or erased since its delivery no longer has a row in the search,
// yet its earlier feed entries still name it (blank once erased).
async function loadCompanyRows(db: Db, prospectSearchId: string, ids: string[]): Promise<Map<string, CompanyRow>> {
  const rows = await db
    .selectFrom("companies as c")
    .leftJoin("search_companies as sc", (join) =>
      join.onRef("sc.company_id", "=", "c.id").on("sc.prospect_search_id", "=", prospectSearchId).onRef("sc.test_mode", "=", "c.test_mode"),
    )
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

async function loadPeople(db: Db, ids: string[]): Promise<Selectable<ProspectsTable>[]> {
  return db.selectFrom("prospects").selectAll().where("company_id", "in", ids).where("erased_at", "is", null).orderBy("first_seen_at").orderBy("id").execute();
}

/** People grouped by company, less those on the suppression list (one lookup for all companies). */
async function withoutSuppressed(db: Db, companies: Map<string, CompanyRow>, people: Selectable<ProspectsTable>[]): Promise<Map<string, Selectable<ProspectsTable>[]>> {
  const keysPerPerson = people.map((p) => keysOfPerson({ name: p.full_name, email: p.email }, companies.get(p.company_id)?.domain ?? null));
  const listed = await suppressedKeys(db, keysPerPerson.flat());
  const byCompany = new Map<string, Selectable<ProspectsTable>[]>();
  people.forEach((person, index) => {
    if (keysPerPerson[index]!.some((key) => listed.has(keyId(key)))) return;
    byCompany.set(person.company_id, [...(byCompany.get(person.company_id) ?? []), person]);
  });
  return byCompany;
}
