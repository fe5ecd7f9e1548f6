import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** E.164 when the number parses (with the site's country for national formats), else the cleaned raw text. */
export function normalisePhone(raw: string, countryHint: string | null): string {
  const cleaned = raw.replace(/\(0\)/g, "").replace(/[^\d+]/g, "");
  const parsed = parsePhoneNumberFromString(cleaned, (countryHint ?? undefined) as CountryCode | undefined);
  return parsed?.isPossible() ? parsed.number : cleaned;
}

const TLD_COUNTRY: Record<string, string> = {
  de: "DE", at: "AT", ch: "CH", uk: "GB", au: "AU", nz: "NZ", ie: "IE", nl: "NL", be: "BE", fr: "FR", es: "ES",
  it: "IT", lu: "LU", in: "IN", ca: "CA", us: "US", pl: "PL", dk: "DK", se: "SE", no: "NO", fi: "FI", za: "ZA",
};

/** A default country for national phone formats, from the domain's country-code TLD. */
export function countryFromDomain(domain: string | null): string | null {
  const tld = domain?.split(".").pop()?.toLowerCase() ?? "";
  return TLD_COUNTRY[tld] ?? null;
}
