import { isCountryCode } from "../search-profiles/iso-codes.ts";

// Country names as registers and extracts write them, in English (ICU's names) plus the usual aliases.
const BY_NAME = buildNameIndex();

function buildNameIndex(): Map<string, string> {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const index = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = isCountryCode(code) ? names.of(code) : undefined;
      if (name) index.set(name.toLowerCase(), code);
    }
  }
  for (const alias of ["england", "wales", "scotland", "northern ireland", "united kingdom", "great britain", "uk", "england and wales"]) index.set(alias, "GB");
  for (const [alias, code] of [["usa", "US"], ["united states of america", "US"], ["deutschland", "DE"], ["österreich", "AT"], ["schweiz", "CH"]] as const) index.set(alias, code);
  return index;
}

/** ISO 3166-1 alpha-2 for a code or an English country name; null when blank; undefined when unknown. */
export function countryCodeOf(raw: string | null): string | null | undefined {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  const upper = value.toUpperCase();
  if (upper === "UK") return "GB";
  if (isCountryCode(upper)) return upper;
  return BY_NAME.get(value.toLowerCase());
}
