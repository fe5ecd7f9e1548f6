import { normalizeDomain } from "./normalize-domain.ts";
import { normalizeCity, normalizeCompanyName } from "./normalize-name.ts";

export type BlacklistTier = "external_id" | "domain" | "name_city" | "name";

/** The strongest first: the order the docs give the four matching methods. */
export const BLACKLIST_TIERS: readonly BlacklistTier[] = ["external_id", "domain", "name_city", "name"];

export interface BlacklistCandidate {
  external_id?: string | null;
  website_url?: string | null;
  company_name?: string | null;
  city?: string | null;
}

/** An entry's comparable keys, as stored in blacklist_entries. */
export interface BlacklistEntryKeys {
  external_id: string | null;
  domain: string | null;
  name_key: string | null;
  city_key: string | null;
}

export interface BlacklistMatch<E> {
  entry: E;
  tier: BlacklistTier;
}

/** A candidate company reduced to the keys the tiers compare. */
export function candidateKeys(candidate: BlacklistCandidate): BlacklistEntryKeys {
  return {
    external_id: normalizeExternalId(candidate.external_id),
    domain: normalizeDomain(candidate.website_url),
    name_key: normalizeCompanyName(candidate.company_name),
    city_key: normalizeCity(candidate.city),
  };
}

export function normalizeExternalId(externalId: string | null | undefined): string | null {
  const trimmed = externalId?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Which tier (if any) links a candidate to one entry. Name + city (tier 3) needs both cities and
 * agreement; name alone (tier 4) fires only when one side has no city — an entry that names a city
 * never excludes a same-named company known to be in another city.
 */
export function tierOf(candidate: BlacklistEntryKeys, entry: BlacklistEntryKeys): BlacklistTier | null {
  if (candidate.external_id && candidate.external_id === entry.external_id) return "external_id";
  if (candidate.domain && candidate.domain === entry.domain) return "domain";
  if (!candidate.name_key || candidate.name_key !== entry.name_key) return null;
  if (candidate.city_key && entry.city_key) return candidate.city_key === entry.city_key ? "name_city" : null;
  return "name";
}

/** The best-tier entry a candidate matches, or null. Ties within a tier keep the first entry. */
export function matchBlacklist<E extends BlacklistEntryKeys>(candidate: BlacklistCandidate, entries: readonly E[]): BlacklistMatch<E> | null {
  const keys = candidateKeys(candidate);
  let best: BlacklistMatch<E> | null = null;
  for (const entry of entries) {
    const tier = tierOf(keys, entry);
    if (tier && (!best || BLACKLIST_TIERS.indexOf(tier) < BLACKLIST_TIERS.indexOf(best.tier))) {
      best = { entry, tier };
      if (tier === "external_id") break;
    }
  }
  return best;
}
