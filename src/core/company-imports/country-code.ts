import { isCountryCode } from "../search-profiles/iso-codes.ts";

// Built once: asking ICU per row cost more CPU than parsing the CSV line (bench/imports/README.md).
const { CODES, BY_NAME } = buildIndexes();

// Country codes, and country names as registers and extracts write them, in English (ICU's names) plus the usual aliases.
function buildIndexes(): { CODES: Set<string>; BY_NAME: Map<string, string> } {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const codes = new Set<string>();
  const byName = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isCountryCode(code)) continue;
      codes.add(code);
      const name = names.of(code);
      if (name) byName.set(name.toLowerCase(), code);
    }
  }
  for (const alias of ["england", "wales", "scotland", "northern ireland", "united kingdom", "great britain", "uk", "england and wales"]) byName.set(alias, "GB");
  for (const [alias, code] of [["usa", "US"], ["united states of america", "US"], ["deutschland", "DE"], ["österreich", "AT"], ["schweiz", "CH"]] as const) byName.set(alias, code);
  return { CODES: codes, BY_NAME: byName };
}

/** ISO 3166-1 alpha-2 for a code or an English country name; null when blank; undefined when unknown. */
export function countryCodeOf(raw: string | null): string | null | undefined {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  const upper = value.toUpperCase();
  if (upper === "UK") return "GB";
  if (CODES.has(upper)) return upper;
  return BY_NAME.get(value.toLowerCase());
}
