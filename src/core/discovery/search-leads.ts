import type { Db } from "../../db/database.ts";
import { selectFrontierLinks } from "../../engine/frontier/select-frontier-links.ts";
import type { Tenant } from "../context.ts";
import type { DiscoveryIcp, SearchProfile } from "./read-icp.ts";
import { recordDiscoveryLeads } from "./record-leads.ts";
import type { WebSearchPort } from "./web-search-port.ts";

// A few queries per order: the search engine is a shared, rate-limited service, and the index comes first.
const MAX_QUERIES = 4;
// Search results answer the profile's own words: examined before plain links from crawled pages.
const SEARCH_PRIORITY = 3;

/**
 * The profile as web search queries: each of the buyer's industry words with the place it names
 * (a target city, else the target country by name), or alone. Keywords are added to the first query.
 */
export function icpSearchQueries(search: SearchProfile, icp: DiscoveryIcp): string[] {
  const names = new Intl.DisplayNames(["en"], { type: "region" });
  const places = search.target_cities.length ? search.target_cities : search.target_countries.map((code) => { try { return names.of(code.toUpperCase()) ?? code; } catch { return code; } });
  const terms = icp.terms.length ? icp.terms : [search.ideal_customer_profile.slice(0, 120)].filter((t) => t.trim());
  const queries: string[] = [];
  for (const term of terms) for (const place of places.length ? places : [""]) queries.push(`${term} ${place}`.trim());
  if (queries.length && search.search_keywords.length) queries[0] = `${queries[0]} ${search.search_keywords.slice(0, 3).join(" ")}`;
  return [...new Set(queries)].slice(0, MAX_QUERIES);
}

/**
 * Runs the profile's queries and makes the result sites leads of this organization (platforms,
 * public bodies and files dropped as for the frontier), with the result URL and query as provenance.
 */
export async function searchDiscoveryLeads(db: Db, webSearch: WebSearchPort, tenant: Tenant, orderId: string, search: SearchProfile, icp: DiscoveryIcp): Promise<number> {
  let added = 0;
  for (const query of icpSearchQueries(search, icp)) {
    const results = await webSearch.search(query);
    const sites = selectFrontierLinks(results.map((r) => ({ url: r.url, text: r.title, pageUrl: r.url })), "");
    const leads = sites.map((site) => ({ origin: "search" as const, domain: site.domain, sourceUrl: site.linkedFrom, detail: query, priority: SEARCH_PRIORITY }));
    added += (await recordDiscoveryLeads(db, tenant, orderId, leads)).length;
  }
  return added;
}
