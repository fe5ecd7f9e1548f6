import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import type { OrderResult, OrderResultsQuery } from "./result-schemas.ts";
import { listOrderResults } from "./results.ts";

/** Prospects per CSV row: a fixed number keeps the header the same for every order. */
export const CSV_PROSPECTS = 5;
const PROSPECT_FIELDS = ["full_name", "title", "role_class", "email", "email_status", "phone", "linkedin_url"] as const;

const COMPANY_COLUMNS: [string, (r: OrderResult) => unknown][] = [
  ["source_id", (r) => r.source_id],
  ["status", (r) => r.status],
  ["reason", (r) => r.reason],
  ["input_company_name", (r) => r.input.company_name],
  ["input_website_url", (r) => r.input.website_url],
  ["input_city", (r) => r.input.city],
  ["input_country", (r) => r.input.country],
  ["company_id", (r) => r.company?.id],
  ["company_name", (r) => r.company?.name],
  ["legal_name", (r) => r.company?.legal_name],
  ["legal_form", (r) => r.company?.legal_form],
  ["website", (r) => r.company?.website],
  ["domain", (r) => r.company?.domain],
  ["street", (r) => r.company?.address.street],
  ["postal_code", (r) => r.company?.address.postal_code],
  ["city", (r) => r.company?.address.city ?? r.company?.city],
  ["country", (r) => r.company?.address.country ?? r.company?.country],
  ["phone", (r) => r.company?.phone],
  ["email", (r) => r.company?.email],
  ["business_type", (r) => r.company?.business_type],
  ["register_court", (r) => r.company?.registration.court],
  ["register_number", (r) => r.company?.registration.number],
  ["vat_id", (r) => r.company?.registration.vat_id],
  ["founded_year", (r) => r.company?.founded_year],
  ["employees_min", (r) => r.company?.employee_count?.min],
  ["employees_max", (r) => r.company?.employee_count?.max],
  ["match_score", (r) => r.match_score],
  ["prospect_count", (r) => r.prospects.length],
];

/** The CSV header: company columns, then `prospect_1_full_name` … for the first CSV_PROSPECTS people. */
export const RESULT_CSV_COLUMNS: string[] = [
  ...COMPANY_COLUMNS.map(([name]) => name),
  ...Array.from({ length: CSV_PROSPECTS }, (_, i) => PROSPECT_FIELDS.map((field) => `prospect_${i + 1}_${field}`)).flat(),
];

/** One CSV record (values in RESULT_CSV_COLUMNS order; empty string for nothing) per result. */
export function resultCsvRecord(result: OrderResult): string[] {
  const text = (value: unknown) => (value === null || value === undefined ? "" : String(value));
  const company = COMPANY_COLUMNS.map(([, read]) => text(read(result)));
  const people = Array.from({ length: CSV_PROSPECTS }, (_, i) => {
    const person = result.prospects[i] as Record<string, unknown> | undefined;
    return PROSPECT_FIELDS.map((field) => text(person?.[field]));
  }).flat();
  return [...company, ...people];
}

/**
 * Every result of the order (the whole order, whatever the page size), page by page along the cursor.
 * The first page is read before returning, so a missing order is a 404 before any CSV is sent.
 */
export async function orderResultCsvRecords(db: Db, tenant: Tenant, orderId: string, status?: OrderResultsQuery["status"]): Promise<AsyncIterable<string[]>> {
  const read = (cursor?: string) => listOrderResults(db, tenant, orderId, { limit: 100, offset: 0, cursor, status });
  const first = await read();
  return (async function* () {
    for (let page = first; ; page = await read(page.next_cursor!)) {
      for (const item of page.items) yield resultCsvRecord(item);
      if (!page.next_cursor) return;
    }
  })();
}
