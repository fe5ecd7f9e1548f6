import { normalizeDomain } from "./normalize-domain.ts";
import { candidateKeys, normalizeExternalId, type BlacklistCandidate, type BlacklistEntryKeys } from "./match.ts";

export interface KeyedBlacklistEntry extends BlacklistEntryKeys {
  /** Two entries with the same key match exactly the same companies: the second is a duplicate. */
  dedupe_key: string;
}

export type EntryKeysResult = { ok: true; keys: KeyedBlacklistEntry; warning?: string } | { ok: false; reason: string };

const BAD_WEBSITE = "website_url is not a valid website address";

/**
 * Normalizes one submitted entry. Invalid only when it identifies nothing. A malformed website is
 * ignored while the name or external id can still block (a blacklist errs on the side of
 * blocking), and the caller is told so through `warning`.
 */
export function blacklistEntryKeys(entry: BlacklistCandidate): EntryKeysResult {
  const badWebsite = Boolean(entry.website_url?.trim()) && !normalizeDomain(entry.website_url);
  const keys = candidateKeys(entry);
  if (!keys.external_id && !keys.domain && !keys.name_key) {
    const hasName = Boolean(normalizeExternalId(entry.company_name));
    const reason = badWebsite
      ? BAD_WEBSITE
      : hasName
        ? "company_name contains no letters or digits"
        : "At least one of external_id, website_url or company_name is required";
    return { ok: false, reason };
  }
  const dedupe_key = JSON.stringify([keys.external_id, keys.domain, keys.name_key, keys.city_key]);
  const warning = badWebsite ? `${BAD_WEBSITE}; the entry blocks by its other fields` : undefined;
  return { ok: true, keys: { ...keys, dedupe_key }, ...(warning ? { warning } : {}) };
}
