import { api } from "../api.ts";
import { toCsv } from "../csv.ts";
import type { OrderResult } from "../types.ts";

const HEADER = [
  "position", "source_id", "status", "reason", "input_company_name", "input_website_url", "company_id", "name", "legal_name",
  "domain", "website", "street", "postal_code", "city", "country", "phone", "email", "register_court", "register_number",
  "vat_id", "match_score", "prospects", "prospect_emails", "technologies", "open_jobs",
];

/**
 * The API has no CSV export, so the dashboard builds one from the results JSON: every page is read by
 * cursor, one line per submitted company, and the file is handed to the browser as a download.
 */
export async function exportResultsCsv(orderPath: string, fileName: string): Promise<number> {
  const rows: OrderResult[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: OrderResult[]; next_cursor: string | null } = await api("GET", `${orderPath}/results`, { query: { limit: 100, cursor: cursor ?? undefined } });
    rows.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  const csv = toCsv(HEADER, rows.map(line));
  const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return rows.length;
}

function line(r: OrderResult): (string | number | null)[] {
  const c = r.company;
  return [
    r.position, r.source_id, r.status, r.reason, r.input.company_name, r.input.website_url, c?.id ?? null, c?.name ?? null, c?.legal_name ?? null,
    c?.domain ?? null, c?.website ?? null, c?.address?.street ?? null, c?.address?.postal_code ?? null, c?.city ?? null, c?.country ?? null,
    c?.phone ?? null, c?.email ?? null, c?.registration?.court ?? null, c?.registration?.number ?? null, c?.registration?.vat_id ?? null,
    r.match_score, r.prospects.map((p) => p.full_name).join("; "), r.prospects.map((p) => p.email).filter(Boolean).join("; "),
    (r.technologies ?? []).map((t) => t.name).join("; "), (r.jobs ?? []).filter((j) => j.status === "open").length,
  ];
}
