import { blacklistEntryKeys, type KeyedBlacklistEntry } from "../../engine/match/blacklist/index.ts";
import type { BlacklistEntryInput } from "./schemas.ts";

export interface StorableEntry extends KeyedBlacklistEntry {
  input: BlacklistEntryInput;
}

export interface ClassifiedEntries {
  storable: StorableEntry[];
  repeatedInRequest: number;
  invalid: { index: number; reason: string }[];
  /** Stored entries with a field that was ignored (a malformed website_url). */
  warnings: { index: number; reason: string }[];
}

/** Splits a bulk request into entries to store, repeats within the request, and invalid entries. */
export function classifyEntries(entries: BlacklistEntryInput[]): ClassifiedEntries {
  const seen = new Set<string>();
  const result: ClassifiedEntries = { storable: [], repeatedInRequest: 0, invalid: [], warnings: [] };
  entries.forEach((input, index) => {
    const keyed = blacklistEntryKeys(input);
    if (!keyed.ok) {
      result.invalid.push({ index, reason: keyed.reason });
    } else if (seen.has(keyed.keys.dedupe_key)) {
      result.repeatedInRequest += 1;
    } else {
      seen.add(keyed.keys.dedupe_key);
      result.storable.push({ ...keyed.keys, input });
      if (keyed.warning) result.warnings.push({ index, reason: keyed.warning });
    }
  });
  return result;
}
