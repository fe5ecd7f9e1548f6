import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { registrableDomain } from "../companies/domain-key.ts";
import { domainKey } from "../suppressions/keys.ts";
import type { ImportRecord } from "./import-record.ts";

export interface ResolvedRecord {
  record: ImportRecord;
  line: number;
  domain: string | null;
  /** The existing company the record belongs to; null → a new company. */
  companyId: string | null;
  /** Imported from this (source, source_id) before. */
  seenBefore: boolean;
}

type Rejection = { line: number; error: string };

/**
 * Finds the company each record describes, with the rules enrichment uses: a record imported before
 * keeps its company; otherwise the registrable domain, then the register number (same country),
 * then name + city — always in the live world: datasets are real companies, never demonstration
 * data. Erased companies and suppressed domains are never imported again.
 */
export async function resolveBatch(db: Db, source: string, rows: { line: number; record: ImportRecord }[]): Promise<{ resolved: ResolvedRecord[]; rejected: Rejection[] }> {
  const items = rows.map(({ line, record }) => ({ line, record, domain: registrableDomain(record.website), companyId: null as string | null, seenBefore: false }));
  const rejected: Rejection[] = [];
  const previous = await sql<{ source_id: string; company_id: string; erased: boolean }>`
    SELECT r.source_id, coalesce(c.merged_into, c.id) AS company_id, c.erased_at IS NOT NULL AS erased
    FROM company_source_records r JOIN companies c ON c.id = r.company_id
    WHERE r.source = ${source} AND r.source_id IN (SELECT json_array_elements_text(${JSON.stringify(items.map((i) => i.record.sourceId))}::json))`.execute(db);
  const bySourceId = new Map(previous.rows.map((r) => [r.source_id, r]));
  const suppressed = await suppressedDomains(db, items.map((i) => i.domain).filter((d): d is string => d !== null));
  const open: typeof items = [];
  for (const item of items) {
    const known = bySourceId.get(item.record.sourceId);
    if (known?.erased || (item.domain && suppressed.has(item.domain))) rejected.push({ line: item.line, error: "the company was erased; its data is not collected again" });
    else if (known) open.push(Object.assign(item, { companyId: known.company_id, seenBefore: true }));
    else open.push(item);
  }
  await matchByDomain(db, open.filter((i) => !i.companyId && i.domain));
  await matchByRegister(db, open.filter((i) => !i.companyId && i.record.registerNumber));
  await matchByNameAndCity(db, open.filter((i) => !i.companyId && i.record.name && i.record.city));
  return { resolved: open, rejected };
}

async function suppressedDomains(db: Db, domains: string[]): Promise<Set<string>> {
  if (!domains.length) return new Set();
  const keys = new Map(domains.map((domain) => [domainKey(domain).hash, domain]));
  // One JSON parameter instead of one bind parameter per domain (thousands per batch).
  const { rows } = await sql<{ value_hash: string }>`
    SELECT value_hash FROM suppressions WHERE kind = 'domain' AND value_hash IN (SELECT json_array_elements_text(${JSON.stringify([...keys.keys()])}::json))`.execute(db);
  return new Set(rows.map((row) => keys.get(row.value_hash)!));
}

type Open = { record: ImportRecord; domain: string | null; companyId: string | null };

async function matchByDomain(db: Db, items: Open[]): Promise<void> {
  if (!items.length) return;
  const { rows } = await sql<{ id: string; domain: string }>`
    SELECT coalesce(merged_into, id) AS id, domain FROM companies
    WHERE domain IN (SELECT json_array_elements_text(${JSON.stringify([...new Set(items.map((i) => i.domain!))])}::json)) AND NOT test_mode AND erased_at IS NULL`.execute(db);
  const byDomain = new Map(rows.map((r) => [r.domain, r.id]));
  for (const item of items) item.companyId = byDomain.get(item.domain!) ?? null;
}

async function matchByRegister(db: Db, items: Open[]): Promise<void> {
  if (!items.length) return;
  const { rows } = await sql<{ id: string; register_number: string; country: string | null }>`
    SELECT DISTINCT ON (register_number, upper(country)) coalesce(merged_into, id) AS id, register_number, upper(country) AS country FROM companies
    WHERE NOT test_mode AND register_number IN (SELECT json_array_elements_text(${JSON.stringify([...new Set(items.map((i) => i.record.registerNumber!))])}::json)) AND erased_at IS NULL
    ORDER BY register_number, upper(country), first_seen_at`.execute(db);
  const byNumber = new Map<string, typeof rows>();
  for (const row of rows) byNumber.set(row.register_number, [...(byNumber.get(row.register_number) ?? []), row]);
  for (const item of items) {
    // A register number is unique only within its country's register.
    const hit = byNumber.get(item.record.registerNumber!)?.find((r) => !r.country || !item.record.country || r.country === item.record.country);
    if (hit) item.companyId = hit.id;
  }
}

async function matchByNameAndCity(db: Db, items: Open[]): Promise<void> {
  if (!items.length) return;
  const { rows } = await sql<{ id: string; name: string; city: string }>`
    SELECT DISTINCT ON (lower(name), lower(city)) coalesce(merged_into, id) AS id, lower(name) AS name, lower(city) AS city FROM companies
    WHERE NOT test_mode AND (lower(name), lower(city)) IN (SELECT n, c FROM json_to_recordset(${JSON.stringify(items.map((i) => ({ n: i.record.name!.toLowerCase(), c: i.record.city!.toLowerCase() })))}::json) AS t(n text, c text))
      AND erased_at IS NULL
    ORDER BY lower(name), lower(city), first_seen_at`.execute(db);
  const byKey = new Map(rows.map((r) => [`${r.name}\u0000${r.city}`, r.id]));
  for (const item of items) item.companyId = byKey.get(`${item.record.name!.toLowerCase()}\u0000${item.record.city!.toLowerCase()}`) ?? null;
}
