import { readFile } from "node:fs/promises";
import { mapCompanyColumns, readCompanyRecord, type ColumnMap } from "../../core/company-csv/map-columns.ts";
import { decodeCsvBytes, parseCsvText } from "../../core/company-csv/parse-csv-text.ts";

export interface OrderCompanyInput {
  external_id: string;
  company_name?: string;
  website_url?: string;
  city?: string;
  country?: string;
}

export interface EnrichInput {
  delimiter: string;
  headers: string[];
  records: Record<string, string>[];
  columns: ColumnMap;
  /** One per usable record; external_id is the record's row number, which joins the results back. */
  companies: OrderCompanyInput[];
  /** Row numbers of records with neither a name nor a website. */
  unusable: Set<string>;
}

export const rowKey = (index: number) => `row-${index + 1}`;

/** Reads a CRM export: columns found by header name, rows without a name or website set aside. */
export async function readEnrichInput(path: string): Promise<EnrichInput> {
  const { delimiter, headers, records } = parseCsvText(decodeCsvBytes(await readFile(path)));
  const columns = mapCompanyColumns(headers);
  if (!columns.company_name && !columns.website_url) {
    throw new Error(`${path}: no column for a company name or website among the headers: ${headers.join(", ") || "(none)"}`);
  }
  const companies: OrderCompanyInput[] = [];
  const unusable = new Set<string>();
  records.forEach((record, index) => {
    const { company_name, website_url, city, country } = readCompanyRecord(record, columns);
    if (!company_name && !website_url) unusable.add(rowKey(index));
    else companies.push({ external_id: rowKey(index), company_name, website_url, city, country });
  });
  return { delimiter, headers, records, columns, companies, unusable };
}
