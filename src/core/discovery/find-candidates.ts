import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { candidateKeys } from "../../engine/match/blacklist/index.ts";
import { scoreCompany, type MatchScore } from "../../engine/match/icp/score-company.ts";
import { findBlacklistMatches } from "../blacklists/find-matches.ts";
import type { Tenant } from "../context.ts";
import { companyFactsOfRow } from "../enrichment/company-facts-of-row.ts";

export interface DiscoveryCandidate {
  companyId: string;
  name: string | null;
  website: string | null;
  city: string | null;
  country: string | null;
  score: MatchScore;
}

/** A company qualifies when it meets most of what the profile states; unscorable ones never do. */
export const QUALIFYING_SCORE = 6;
const CANDIDATE_POOL = 5000;

/**
 * Companies the installation already knows in the tenant's world (crawled for any organization of
 * that world — company facts are shared knowledge, but test and live data never mix) that this
 * search has not had yet, minus blacklisted ones, scored against the profile; best first.
 */
export async function findDiscoveryCandidates(db: Db, tenant: Tenant, search: SearchTargets, blacklistIds: string[]): Promise<DiscoveryCandidate[]> {
  let query = db
    .selectFrom("companies as c")
    .selectAll("c")
    .where("c.test_mode", "=", tenant.testMode)
    .where("c.erased_at", "is", null)
    .where("c.merged_into", "is", null)
    .where("c.crawled_at", "is not", null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("search_companies as sc").select("sc.company_id").whereRef("sc.company_id", "=", "c.id").where("sc.prospect_search_id", "=", search.id))));
  if (search.target_countries.length) query = query.where(sql<string>`upper(c.country)`, "in", search.target_countries.map((c) => c.toUpperCase()));
  const rows = await query.orderBy("c.updated_at", "desc").limit(CANDIDATE_POOL).execute();
  const technologies = rows.length
    ? await db.selectFrom("company_technologies").select(["company_id", "name", "slug", "categories", "version", "confidence"]).where("company_id", "in", rows.map((r) => r.id)).execute()
    : [];
  const blocked = await findBlacklistMatches(db, tenant, blacklistIds, rows.map((row) => ({ key: row.id, ...candidateKeys({ website_url: row.domain, company_name: row.name, city: row.city }) })));
  return rows
    .filter((row) => !blocked.has(row.id))
    .map((row) => ({
      companyId: row.id,
      name: row.name,
      website: row.website ?? (row.domain ? `https://${row.domain}/` : null),
      city: row.city,
      country: row.country,
      score: scoreCompany(companyFactsOfRow(row), technologies.filter((t) => t.company_id === row.id).map((t) => ({ ...t, evidence: [] })), search),
    }))
    .filter((candidate) => (candidate.score.score ?? 0) >= QUALIFYING_SCORE)
    .sort((a, b) => (b.score.score ?? 0) - (a.score.score ?? 0));
}

export interface SearchTargets {
  id: string;
  target_countries: string[];
  target_cities: string[];
  target_industries: string[];
  excluded_industries: string[];
  search_keywords: string[];
}
