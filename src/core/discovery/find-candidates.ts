import { sql, type Selectable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { CompaniesTable } from "../../db/types.ts";
import { candidateKeys } from "../../engine/match/blacklist/index.ts";
import { findBlacklistMatches } from "../blacklists/find-matches.ts";
import type { Tenant } from "../context.ts";
import { rankByName } from "./rank-by-name.ts";
import { prefilterCodes, type DiscoveryIcp, type SearchProfile } from "./read-icp.ts";

const CANDIDATE_POOL = 5000;

export type CandidateRow = Selectable<CompaniesTable>;

/**
 * The pre-filter: crawlable companies this search has not had, from sources this organization may
 * draw on — operator imports and its own history; test mode draws only on test-world companies —
 * in the target countries, not stated to be in an excluded industry, and with stated industry codes
 * (where a dataset gave any) in a target industry. Most promising first: stated industry match,
 * then names/descriptions that use a target industry's words (in any lexicon language, or the
 * buyer's own words), then those that say nothing, and last those whose words name another industry.
 */
export async function findDiscoveryCandidates(db: Db, tenant: Tenant, search: SearchProfile, icp: DiscoveryIcp, blacklistIds: string[]): Promise<CandidateRow[]> {
  const includeCodes = prefilterCodes(icp.include);
  const textQuery = fullTextQuery(icp.terms);
  let query = db
    .selectFrom("companies as c")
    .selectAll("c")
    .where("c.erased_at", "is", null)
    .where("c.merged_into", "is", null)
    .where("c.test_mode", "=", tenant.testMode)
    .where("c.domain", "is not", null)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("search_companies as sc").select("sc.company_id").whereRef("sc.company_id", "=", "c.id").where("sc.prospect_search_id", "=", search.id))));
  if (!tenant.testMode) {
    query = query.where(({ or, exists, selectFrom }) =>
      or([
        exists(selectFrom("company_source_records as r").select("r.company_id").whereRef("r.company_id", "=", "c.id")),
        exists(selectFrom("discovery_leads as l").select("l.company_id").whereRef("l.company_id", "=", "c.id").where("l.organization_id", "=", tenant.organizationId).where("l.test_mode", "=", false)),
        exists(selectFrom("search_companies as own").select("own.company_id").whereRef("own.company_id", "=", "c.id").where("own.organization_id", "=", tenant.organizationId).where("own.test_mode", "=", false)),
      ]),
    );
  }
  const countries = search.target_countries.map((c) => c.toUpperCase());
  // A lead (a linked site, a search result) has no country until it is crawled: it stays a candidate, after the known ones.
  if (countries.length) query = query.where(sql<boolean>`(upper(c.country) IN (${sql.join(countries)}) OR (c.country IS NULL AND c.crawled_at IS NULL))`);
  if (icp.exclude.length) query = query.where(sql<boolean>`NOT (c.nace_codes && ${icp.exclude}::text[])`);
  if (includeCodes.length) query = query.where(sql<boolean>`(cardinality(c.nace_codes) = 0 OR c.nace_codes && ${includeCodes}::text[])`);
  if (includeCodes.length) query = query.orderBy(sql`(c.nace_codes && ${includeCodes}::text[]) DESC`);
  if (textQuery) {
    query = query.orderBy(sql`(to_tsvector('simple', coalesce(c.name, '') || ' ' || coalesce(c.description, '') || ' ' || coalesce(c.legal_name, '')) @@ to_tsquery('simple', ${textQuery})) DESC`);
  }
  const rows = await query
    .orderBy(sql`(c.country IS NOT NULL) DESC`)
    .orderBy(sql`(c.crawled_at IS NOT NULL) DESC`)
    .orderBy("c.first_seen_at")
    .orderBy("c.id")
    .limit(CANDIDATE_POOL)
    .execute();
  // Stated codes rank first in SQL; among the rest, the lexicon reads names and descriptions in every language.
  const stated = new Set(includeCodes.length ? rows.filter((row) => row.nace_codes.some((code) => includeCodes.includes(code))) : []);
  const unstated = rows.filter((row) => !stated.has(row));
  const ranked = [...stated, ...rankByName(unstated, icp.include)];
  return withoutBlacklisted(db, tenant, blacklistIds, ranked.filter((row) => plausibleCountry(row, countries)));
}

/** Candidates no blacklist of the order names. */
export async function withoutBlacklisted(db: Db, tenant: Tenant, blacklistIds: string[], rows: CandidateRow[]): Promise<CandidateRow[]> {
  const blocked = await findBlacklistMatches(db, tenant, blacklistIds, rows.map((row) => ({ key: row.id, ...candidateKeys({ website_url: row.domain, company_name: row.name, city: row.city }) })));
  return rows.filter((row) => !blocked.has(row.id));
}

// Country-code domains that are used worldwide as generic names say nothing about the country.
const GENERIC_CCTLDS = new Set(["io", "co", "ai", "me", "tv", "app", "cc", "ly", "to", "fm", "gg", "sh", "ws", "eu"]);

/** A candidate of unknown country whose domain ends in another country's code is not worth a crawl. */
export function plausibleCountry(row: Pick<CandidateRow, "country" | "domain">, countries: string[]): boolean {
  if (!countries.length || row.country || !row.domain) return true;
  const tld = row.domain.toLowerCase().split(".").pop() ?? "";
  if (tld.length !== 2 || GENERIC_CCTLDS.has(tld)) return true;
  return countries.includes(tld === "uk" ? "GB" : tld.toUpperCase());
}

// Each word of the buyer's industry terms as a prefix ("steuerberat:*"), any of them: a ranking hint only.
function fullTextQuery(terms: string[]): string | null {
  const words = new Set(terms.flatMap((term) => term.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []));
  return words.size ? [...words].map((word) => `${word}:*`).join(" | ") : null;
}
