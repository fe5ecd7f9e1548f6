import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { newId } from "../ids.ts";
import { classifyEntries, type StorableEntry } from "./classify-entries.ts";
import { requireBlacklist } from "./internal.ts";
import { AddEntriesInputSchema, type AddEntriesResult, type BlacklistEntryInput } from "./schemas.ts";

// One statement per chunk: unnest() of column arrays keeps 10,000 entries to a few round trips.
const CHUNK_SIZE = 2_500;

/**
 * Bulk import: invalid entries are reported and skipped, valid ones stored; entries already in the
 * blacklist (same dedupe key) or repeated in the request count as duplicates.
 */
export async function addBlacklistEntries(
  db: Db,
  tenant: Tenant,
  blacklistId: string,
  rawInput: { entries: BlacklistEntryInput[] },
): Promise<AddEntriesResult> {
  const { entries } = AddEntriesInputSchema.parse(rawInput);
  await requireBlacklist(db, tenant, blacklistId);
  const classified = classifyEntries(entries);
  const added = await db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (let start = 0; start < classified.storable.length; start += CHUNK_SIZE) {
      inserted += await insertChunk(trx, blacklistId, classified.storable.slice(start, start + CHUNK_SIZE));
    }
    await trx.updateTable("blacklists").set({ updated_at: sql<string>`now()` }).where("id", "=", blacklistId).execute();
    return inserted;
  });
  return {
    added,
    duplicates: classified.repeatedInRequest + (classified.storable.length - added),
    invalid: classified.invalid.length,
    invalid_entries: classified.invalid,
    warnings: classified.warnings,
  };
}

async function insertChunk(db: Db, blacklistId: string, chunk: StorableEntry[]): Promise<number> {
  const column = (pick: (entry: StorableEntry) => string | null | undefined) => chunk.map((entry) => pick(entry)?.trim() || null);
  const result = await sql<{ id: string }>`
    INSERT INTO blacklist_entries
      (id, blacklist_id, company_name, website_url, domain, city, country, external_id, name_key, city_key, dedupe_key)
    SELECT u.id, ${blacklistId}::uuid, u.company_name, u.website_url, u.domain, u.city, u.country, u.external_id, u.name_key, u.city_key, u.dedupe_key
    FROM unnest(
      ${chunk.map(() => newId())}::uuid[], ${column((e) => e.input.company_name)}::text[], ${column((e) => e.input.website_url)}::text[],
      ${column((e) => e.domain)}::text[], ${column((e) => e.input.city)}::text[], ${column((e) => e.input.country)}::text[],
      ${column((e) => e.external_id)}::text[], ${column((e) => e.name_key)}::text[], ${column((e) => e.city_key)}::text[],
      ${column((e) => e.dedupe_key)}::text[]
    ) AS u(id, company_name, website_url, domain, city, country, external_id, name_key, city_key, dedupe_key)
    ON CONFLICT (blacklist_id, dedupe_key) DO NOTHING
    RETURNING id`.execute(db);
  return result.rows.length;
}
