import { mapCompanyColumns, readCompanyRecord } from "../company-csv/map-columns.ts";
import { parseCsvText } from "../company-csv/parse-csv-text.ts";
import { ValidationError } from "../errors.ts";
import type { BlacklistEntryInput } from "./schemas.ts";

/**
 * A CSV upload (a CRM export of customers, say) as the JSON body of a bulk add: columns are found by
 * their header names (German or English), blank cells are left empty, and each data row is one entry
 * — its index in `invalid_entries` counts data rows from 0.
 */
export function blacklistEntriesFromCsv(text: string): { entries: BlacklistEntryInput[] } {
  let parsed: ReturnType<typeof parseCsvText>;
  try {
    parsed = parseCsvText(text);
  } catch (error) {
    throw new ValidationError([{ field: "body", message: `Malformed CSV: ${(error as Error).message}` }]);
  }
  const map = mapCompanyColumns(parsed.headers);
  if (!map.company_name && !map.website_url && !map.external_id) {
    throw new ValidationError([{ field: "body", message: `No column for a company name, website or id among the headers: ${parsed.headers.join(", ") || "(none)"}` }]);
  }
  const entries = parsed.records.map((record) => {
    const fields = readCompanyRecord(record, map);
    return { company_name: fields.company_name ?? null, website_url: fields.website_url ?? null, city: fields.city ?? null, country: fields.country ?? null, external_id: fields.external_id ?? null };
  });
  return { entries };
}
