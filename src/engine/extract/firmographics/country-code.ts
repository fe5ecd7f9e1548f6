// Country names as sites and schema.org blocks write them, mapped to ISO 3166-1 alpha-2.
const COUNTRY_NAMES: Record<string, string> = {
  germany: "DE", deutschland: "DE", austria: "AT", österreich: "AT", switzerland: "CH", schweiz: "CH",
  "united kingdom": "GB", uk: "GB", "united states": "US", usa: "US", canada: "CA", australia: "AU",
  india: "IN", france: "FR", netherlands: "NL", nederland: "NL", spain: "ES", españa: "ES", italy: "IT", italia: "IT",
};

export function countryCode(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^[A-Z]{2}$/i.test(v)) return v.toUpperCase() === "UK" ? "GB" : v.toUpperCase();
  return COUNTRY_NAMES[v.toLowerCase()] ?? null;
}
