import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ImportFormat } from "../../db/import-tables.ts";
import { newId } from "../ids.ts";
import type { ImportRecord } from "./import-record.ts";
import { resolveBatch, type ResolvedRecord } from "./resolve-batch.ts";

export interface BatchContext {
  importId: string;
  source: string;
  format: ImportFormat;
  importedAt: string;
}

export interface BatchOutcome {
  imported: number;
  updated: number;
  rejected: { line: number; error: string }[];
}

// Company columns an import may fill, and the record field each comes from.
const COLUMNS: [string, keyof ImportRecord][] = [
  ["name", "name"], ["legal_name", "legalName"], ["website", "website"], ["street", "street"], ["postal_code", "postalCode"],
  ["city", "city"], ["region", "region"], ["country", "country"], ["register_court", "registerCourt"],
  ["register_number", "registerNumber"], ["vat_id", "vatId"], ["description", "description"],
];

/**
 * Writes one batch in one transaction with a handful of multi-row statements: new companies, the
 * imported fields (filling what the company lacks, or what this same dataset row supplied before —
 * never overwriting other evidence), and the source records that make re-imports idempotent.
 */
export async function writeBatch(db: Db, context: BatchContext, rows: { line: number; record: ImportRecord }[]): Promise<BatchOutcome> {
  return db.transaction().execute(async (trx) => {
    const { resolved, rejected } = await resolveBatch(trx, context.source, rows);
    await createMissingCompanies(trx, resolved, context.importedAt);
    await applyFields(trx, context, resolved);
    await upsertSourceRecords(trx, context, resolved);
    const updated = resolved.filter((r) => r.seenBefore).length;
    return { imported: resolved.length - updated, updated, rejected };
  });
}

// Records of one batch that describe one company (same domain, register entry or name + place) share it.
function identityKey(r: ResolvedRecord): string {
  if (r.domain) return `d:${r.domain}`;
  if (r.record.registerNumber) return `r:${r.record.country ?? ""}:${r.record.registerNumber}`;
  return `n:${(r.record.name ?? "").toLowerCase()}:${(r.record.city ?? "").toLowerCase()}:${r.record.sourceId}`;
}

async function createMissingCompanies(db: Db, resolved: ResolvedRecord[], now: string): Promise<void> {
  const byKey = new Map<string, { id: string; domain: string | null; members: ResolvedRecord[] }>();
  for (const r of resolved.filter((item) => !item.companyId)) {
    const key = identityKey(r);
    const group = byKey.get(key) ?? { id: newId(), domain: r.domain, members: [] };
    group.members.push(r);
    byKey.set(key, group);
  }
  if (!byKey.size) return;
  const groups = [...byKey.values()];
  const { rows } = await sql<{ id: string }>`
    INSERT INTO companies (id, test_mode, domain, first_seen_at, updated_at)
    SELECT id, false, domain, ${now}::timestamptz, ${now}::timestamptz FROM unnest(${groups.map((g) => g.id)}::uuid[], ${groups.map((g) => g.domain)}::text[]) AS t(id, domain)
    ON CONFLICT DO NOTHING RETURNING id`.execute(db);
  const created = new Set(rows.map((r) => r.id));
  // A crawl may have created the domain's company since the batch was resolved: join that one.
  const raced = groups.filter((g) => !created.has(g.id));
  const existing = raced.length ? await db.selectFrom("companies").select(["id", "domain"]).where("test_mode", "=", false).where("domain", "in", raced.map((g) => g.domain!)).execute() : [];
  for (const group of groups) {
    const id = created.has(group.id) ? group.id : existing.find((e) => e.domain === group.domain)!.id;
    for (const member of group.members) member.companyId = id;
  }
}

function provenanceUrl(context: BatchContext, sourceId: string): string {
  return `dataset:${context.source}/${sourceId}`;
}

async function applyFields(db: Db, context: BatchContext, resolved: ResolvedRecord[]): Promise<void> {
  if (!resolved.length) return;
  const column = (field: keyof ImportRecord) => resolved.map((r) => r.record[field] as string | null);
  const urls = resolved.map((r) => provenanceUrl(context, r.record.sourceId));
  const source = (url: string) => JSON.stringify({ url, type: "dataset", method: `import:${context.format}`, confidence: 0.9, observed_at: context.importedAt, import_id: context.importId });
  const takes = (name: string) => sql`(v.${sql.ref(name)} IS NOT NULL AND (c.${sql.ref(name)} IS NULL OR c.sources -> ${name} ->> 'url' = v.url))`;
  const sets = COLUMNS.map(([name]) => sql`${sql.ref(name)} = CASE WHEN ${takes(name)} THEN v.${sql.ref(name)} ELSE c.${sql.ref(name)} END`);
  const sourcePairs = COLUMNS.map(([name]) => sql`${name}::text, CASE WHEN ${takes(name)} THEN v.src END`);
  const arrays = COLUMNS.map(([, field]) => sql`${column(field)}::text[]`);
  await sql`
    UPDATE companies AS c SET ${sql.join(sets)},
      nace_codes = CASE WHEN v.nace = '' THEN c.nace_codes ELSE ARRAY(SELECT DISTINCT x FROM unnest(c.nace_codes || string_to_array(v.nace, ';')) AS x ORDER BY x) END,
      sources = c.sources || jsonb_strip_nulls(jsonb_build_object(${sql.join(sourcePairs)})),
      updated_at = now()
    FROM unnest(${resolved.map((r) => r.companyId)}::uuid[], ${urls}::text[], ${urls.map(source)}::jsonb[], ${resolved.map((r) => r.record.naceCodes.join(";"))}::text[], ${sql.join(arrays)})
      AS v(id, url, src, nace, ${sql.join(COLUMNS.map(([name]) => sql.ref(name)))})
    WHERE c.id = v.id`.execute(db);
}

async function upsertSourceRecords(db: Db, context: BatchContext, resolved: ResolvedRecord[]): Promise<void> {
  if (!resolved.length) return;
  const fields = resolved.map(({ record }) => {
    const { sourceId: _sourceId, ...stated } = record;
    return JSON.stringify(stated);
  });
  await sql`
    INSERT INTO company_source_records (source, source_id, company_id, import_id, format, line, fields, first_imported_at, imported_at)
    SELECT ${context.source}, s, c, ${context.importId}::uuid, ${context.format}, l, f, ${context.importedAt}::timestamptz, ${context.importedAt}::timestamptz
    FROM unnest(${resolved.map((r) => r.record.sourceId)}::text[], ${resolved.map((r) => r.companyId)}::uuid[], ${resolved.map((r) => r.line)}::bigint[], ${fields}::jsonb[]) AS t(s, c, l, f)
    ON CONFLICT (source, source_id) DO UPDATE SET company_id = excluded.company_id, import_id = excluded.import_id, format = excluded.format,
      line = excluded.line, fields = excluded.fields, imported_at = excluded.imported_at`.execute(db);
}
