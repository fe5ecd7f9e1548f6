import { parse } from "tldts";

const TLD_COUNTRY: Record<string, string> = {
  de: "DE", at: "AT", ch: "CH", li: "LI", uk: "GB", "co.uk": "GB", "org.uk": "GB", au: "AU", "com.au": "AU", "org.au": "AU", "net.au": "AU",
  in: "IN", "co.in": "IN", "ac.in": "IN", ca: "CA", fr: "FR", nl: "NL", es: "ES", it: "IT", be: "BE", lu: "LU", ie: "IE",
  nz: "NZ", "co.nz": "NZ", pl: "PL", dk: "DK", se: "SE", no: "NO", fi: "FI", za: "ZA", "co.za": "ZA", sg: "SG", us: "US", cm: "CM",
};
const LANGUAGE_COUNTRY: Record<string, string> = { de: "DE", fr: "FR", nl: "NL", es: "ES", it: "IT", pl: "PL", da: "DK", sv: "SE" };

/** Country implied by the domain's public suffix (".de", ".co.uk"); null for generic TLDs. */
export function countryFromDomain(domain: string | null): string | null {
  if (!domain) return null;
  const suffix = parse(domain).publicSuffix ?? "";
  return TLD_COUNTRY[suffix] ?? TLD_COUNTRY[suffix.split(".").pop() ?? ""] ?? null;
}

/** Country from an html lang attribute: a region subtag counts, a bare language only when unambiguous. */
export function countryFromLanguage(lang: string | null): string | null {
  if (!lang) return null;
  const [language, region] = lang.toLowerCase().split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) return region.toUpperCase() === "UK" ? "GB" : region.toUpperCase();
  return LANGUAGE_COUNTRY[language] ?? null;
}

/** Country from an international phone number's calling code, for the common cases only. */
export function countryFromPhone(phone: string): string | null {
  const codes: Array<[string, string]> = [["+49", "DE"], ["+43", "AT"], ["+41", "CH"], ["+44", "GB"], ["+61", "AU"], ["+91", "IN"], ["+33", "FR"], ["+31", "NL"], ["+34", "ES"], ["+39", "IT"], ["+32", "BE"], ["+353", "IE"], ["+352", "LU"]];
  return codes.find(([code]) => phone.startsWith(code + " "))?.[1] ?? null;
}
