import { normalizeDomain } from "./normalize-domain.ts";
import { candidateKeys, normalizeExternalId, type BlacklistCandidate, type BlacklistEntryKeys } from "./match.ts";

export interface KeyedBlacklistEntry extends BlacklistEntryKeys {
  /** Two entries with the same key match exactly the same companies: the second is a duplicate. */
  dedupe_key: string;
}

export type EntryKeysResult = { ok: true; keys: KeyedBlacklistEntry } | { ok: false; reason: string };

/**
 * Normalizes one submitted entry. Invalid when it identifies nothing, or when its website address
 * names no host (silently matching on less than the user gave would under-exclude).
 */
export function blacklistEntryKeys(entry: BlacklistCandidate): EntryKeysResult {
  const hasWebsite = Boolean(entry.website_url?.trim());
  if (hasWebsite && !normalizeDomain(entry.website_url)) {
    return { ok: false, reason: "website_url is not a valid website address" };
  }
  const keys = candidateKeys(entry);
  if (!keys.external_id && !keys.domain && !keys.name_key) {
    const hasName = Boolean(normalizeExternalId(entry.company_name));
    return {
      ok: false,
      reason: hasName
        ? "company_name contains no letters or digits"
        : "At least one of external_id, website_url or company_name is required",
    };
  }
  const dedupe_key = JSON.stringify([keys.external_id, keys.domain, keys.name_key, keys.city_key]);
  return { ok: true, keys: { ...keys, dedupe_key } };
}
