import { foldTextSpelledOut } from "../../engine/text/fold.ts";

/** The company fields a CRM export's columns are read into (order companies and blacklist entries). */
export type CompanyCsvField = "company_name" | "website_url" | "city" | "country" | "postal_code" | "external_id";

// Header names as CRM and spreadsheet exports write them, German and English, best first: a file with
// both "Firmenname" and "Name" reads the company from "Firmenname". Compared after normalizeHeader.
const ALIASES: Record<CompanyCsvField, string[]> = {
  company_name: ["company name", "company", "firmenname", "firma", "unternehmensname", "unternehmen", "organisation", "organization", "account name", "account", "company_name", "name"],
  website_url: ["website url", "website", "webseite", "homepage", "internetseite", "internetadresse", "url", "web", "domain", "site"],
  city: ["city", "ort", "stadt", "town", "gemeinde", "place"],
  country: ["country", "land", "country code", "laendercode", "staat"],
  postal_code: ["postal code", "postcode", "post code", "zip code", "zip", "plz", "postleitzahl"],
  external_id: ["external id", "crm id", "record id", "customer id", "customer number", "kundennummer", "kunden nr", "id"],
};

/** Lower case, umlauts folded, separators as spaces: "Firmen-Name", "firmen_name" and "Firmen Name" agree. */
export function normalizeHeader(header: string): string {
  return foldTextSpelledOut(header);
}

export type ColumnMap = Partial<Record<CompanyCsvField, string>>;

/** Which header feeds which field (each header feeds at most one field). */
export function mapCompanyColumns(headers: readonly string[]): ColumnMap {
  const normalized = new Map(headers.map((h) => [normalizeHeader(h), h]));
  const used = new Set<string>();
  const map: ColumnMap = {};
  for (const field of Object.keys(ALIASES) as CompanyCsvField[]) {
    const alias = ALIASES[field].map((a) => normalizeHeader(a)).find((a) => normalized.has(a) && !used.has(normalized.get(a)!));
    if (alias === undefined) continue;
    const header = normalized.get(alias)!;
    map[field] = header;
    used.add(header);
  }
  return map;
}

/** The mapped fields of one record; blank cells are left out. */
export function readCompanyRecord(record: Record<string, string>, map: ColumnMap): Partial<Record<CompanyCsvField, string>> {
  const out: Partial<Record<CompanyCsvField, string>> = {};
  for (const [field, header] of Object.entries(map) as [CompanyCsvField, string][]) {
    const value = record[header]?.trim();
    if (value) out[field] = value;
  }
  return out;
}
