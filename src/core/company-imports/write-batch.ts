import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ImportFormat } from "../../db/types.ts";
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
 * Writes one batch in one transaction with a handful of multi-row statements: new companies with
 * their fields in one INSERT (the common case of a first import: no UPDATE for them), the imported
 * fields of existing companies (filling what the company lacks, or what this same dataset row
 * supplied before — never overwriting other evidence), and the source records that make re-imports
 * idempotent.
 */
export async function writeBatch(db: Db, context: BatchContext, rows: { line: number; record: ImportRecord }[]): Promise<BatchOutcome> {
  return db.transaction().execute(async (trx) => {
    // No wait for the WAL flush at each batch's commit: a crash loses at most the last batches, which
    // leaves the import FAILED (abandoned), and running it again redoes them (idempotent per source id).
    await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    const { resolved, rejected } = await resolveBatch(trx, context.source, rows);
    const toUpdate = await createMissingCompanies(trx, context, resolved);
    await applyFields(trx, context, toUpdate);
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

function provenanceUrl(context: BatchContext, sourceId: string): string {
  return `dataset:${context.source}/${sourceId}`;
}


// Statements take their rows as one JSON parameter (json_to_recordset): JSON.stringify is native and
// cheap, while driver-side quoting of a dozen text[] arrays per batch cost more CPU than the database
// spent writing (measured on this machine, see bench/imports/README.md).
const FIELD_TYPES = sql.join(COLUMNS.map(([name]) => sql`${sql.ref(name)} text`));
const FIELD_NAMES = sql.join(COLUMNS.map(([name]) => sql.ref(name)));

function fieldsOf(record: ImportRecord): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  for (const [name, field] of COLUMNS) fields[name] = record[field] as string | null;
  return fields;
}

// The provenance of one dataset row (dataset and row id in the url, import time), built in SQL from its
// url. The import's id is not repeated per field: company_source_records holds it for (source,
// source_id), and twelve copies pushed `sources` past the TOAST threshold (≈3× the insert cost).
function provenanceSql(context: BatchContext, url: ReturnType<typeof sql.ref>) {
  return sql`jsonb_build_object('url', ${url}, 'type', 'dataset', 'method', ${`import:${context.format}`}::text, 'confidence', 0.9,
    'observed_at', ${context.importedAt}::text)`;
}

/**
 * Creates the companies no record resolved to, each with the fields (and per-field provenance) of
 * the first record of its group. Returns the records whose fields still have to be applied by the
 * UPDATE: those of existing companies, further records of a group, and groups whose domain a crawl
 * created since the batch was resolved.
 */
async function createMissingCompanies(db: Db, context: BatchContext, resolved: ResolvedRecord[]): Promise<ResolvedRecord[]> {
  const toUpdate = resolved.filter((r) => r.companyId);
  const byKey = new Map<string, { id: string; first: ResolvedRecord; members: ResolvedRecord[] }>();
  for (const r of resolved) {
    if (r.companyId) continue;
    const key = identityKey(r);
    const group = byKey.get(key);
    if (group) group.members.push(r);
    else byKey.set(key, { id: newId(), first: r, members: [r] });
  }
  if (!byKey.size) return toUpdate;
  const groups = [...byKey.values()];
  const rowsJson = JSON.stringify(
    groups.map(({ id, first }) => ({ id, domain: first.domain, url: provenanceUrl(context, first.record.sourceId), nace: [...new Set(first.record.naceCodes)].sort(), ...fieldsOf(first.record) })),
  );
  const filledSources = sql.join(COLUMNS.map(([name]) => sql`${name}::text, CASE WHEN t.${sql.ref(name)} IS NOT NULL THEN p.src END`));
  const { rows } = await sql<{ id: string }>`
    INSERT INTO companies (id, test_mode, domain, first_seen_at, updated_at, sources, nace_codes, ${FIELD_NAMES})
    SELECT t.id, false, t.domain, ${context.importedAt}::timestamptz, ${context.importedAt}::timestamptz,
      jsonb_strip_nulls(jsonb_build_object(${filledSources})), coalesce(t.nace, '{}'), ${sql.join(COLUMNS.map(([name]) => sql`t.${sql.ref(name)}`))}
    FROM json_to_recordset(${rowsJson}::json) AS t(id uuid, domain text, url text, nace text[], ${FIELD_TYPES})
      CROSS JOIN LATERAL (SELECT ${provenanceSql(context, sql.ref("t.url"))} AS src) p
    ON CONFLICT DO NOTHING RETURNING id`.execute(db);
  const created = new Set(rows.map((r) => r.id));
  // A crawl may have created the domain's company since the batch was resolved: join that one.
  const raced = groups.filter((g) => !created.has(g.id));
  const existing = raced.length ? await db.selectFrom("companies").select(["id", "domain"]).where("test_mode", "=", false).where("domain", "in", raced.map((g) => g.first.domain!)).execute() : [];
  const existingByDomain = new Map(existing.map((e) => [e.domain, e.id]));
  for (const group of groups) {
    const wasCreated = created.has(group.id);
    const id = wasCreated ? group.id : existingByDomain.get(group.first.domain)!;
    for (const member of group.members) {
      member.companyId = id;
      if (!wasCreated || member !== group.first) toUpdate.push(member);
    }
  }
  return toUpdate;
}

async function applyFields(db: Db, context: BatchContext, resolved: ResolvedRecord[]): Promise<void> {
  if (!resolved.length) return;
  const rowsJson = JSON.stringify(resolved.map((r) => ({ id: r.companyId, url: provenanceUrl(context, r.record.sourceId), nace: r.record.naceCodes, ...fieldsOf(r.record) })));
  const takes = (name: string) => sql`(v.${sql.ref(name)} IS NOT NULL AND (c.${sql.ref(name)} IS NULL OR c.sources -> ${name} ->> 'url' = v.url))`;
  const sets = COLUMNS.map(([name]) => sql`${sql.ref(name)} = CASE WHEN ${takes(name)} THEN v.${sql.ref(name)} ELSE c.${sql.ref(name)} END`);
  const sourcePairs = COLUMNS.map(([name]) => sql`${name}::text, CASE WHEN ${takes(name)} THEN v.src END`);
  await sql`
    UPDATE companies AS c SET ${sql.join(sets)},
      nace_codes = CASE WHEN cardinality(v.nace) = 0 THEN c.nace_codes ELSE ARRAY(SELECT DISTINCT x FROM unnest(c.nace_codes || v.nace) AS x ORDER BY x) END,
      sources = c.sources || jsonb_strip_nulls(jsonb_build_object(${sql.join(sourcePairs)})),
      updated_at = now()
    FROM (SELECT t.*, ${provenanceSql(context, sql.ref("t.url"))} AS src
          FROM json_to_recordset(${rowsJson}::json) AS t(id uuid, url text, nace text[], ${FIELD_TYPES})) AS v
    WHERE c.id = v.id`.execute(db);
}

async function upsertSourceRecords(db: Db, context: BatchContext, resolved: ResolvedRecord[]): Promise<void> {
  if (!resolved.length) return;
  const rowsJson = JSON.stringify(
    resolved.map(({ record, companyId, line }) => {
      const { sourceId, ...stated } = record;
      return { s: sourceId, c: companyId, l: line, f: stated };
    }),
  );
  await sql`
    INSERT INTO company_source_records (source, source_id, company_id, import_id, format, line, fields, first_imported_at, imported_at)
    SELECT ${context.source}, t.s, t.c, ${context.importId}::uuid, ${context.format}, t.l, t.f, ${context.importedAt}::timestamptz, ${context.importedAt}::timestamptz
    FROM json_to_recordset(${rowsJson}::json) AS t(s text, c uuid, l bigint, f jsonb)
    ON CONFLICT (source, source_id) DO UPDATE SET company_id = excluded.company_id, import_id = excluded.import_id, format = excluded.format,
      line = excluded.line, fields = excluded.fields, imported_at = excluded.imported_at`.execute(db);
}
