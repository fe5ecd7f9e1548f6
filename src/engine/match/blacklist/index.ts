// The blacklist matcher: pure, shared by core (SQL batch matching, entry storage) and the order pipeline.
export { normalizeDomain } from "./normalize-domain.ts";
export { normalizeCity, normalizeCompanyName } from "./normalize-name.ts";
export {
  BLACKLIST_TIERS,
  candidateKeys,
  matchBlacklist,
  normalizeExternalId,
  tierOf,
  type BlacklistCandidate,
  type BlacklistEntryKeys,
  type BlacklistMatch,
  type BlacklistTier,
} from "./match.ts";
export { blacklistEntryKeys, type EntryKeysResult, type KeyedBlacklistEntry } from "./entry-keys.ts";
