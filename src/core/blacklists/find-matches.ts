import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { BlacklistTier } from "../../engine/match/blacklist/index.ts";
import type { Tenant } from "../context.ts";

/** A candidate company by its normalized keys (see engine/match/blacklist candidateKeys). */
export interface BlacklistMatchCandidate {
  key: string;
  external_id?: string | null;
  domain?: string | null;
  name_key?: string | null;
  city_key?: string | null;
}

export interface BlacklistHit {
  entry_id: string;
  blacklist_id: string;
  tier: BlacklistTier;
}

/**
 * Matches a batch of candidates against the tenant's named blacklists in ONE query, with the same
 * four tiers and tie rules as the pure matchBlacklist: the best tier per candidate wins, ties go
 * to the lowest entry id. Blacklists that are not the tenant's are ignored.
 */
export async function findBlacklistMatches(
  db: Db,
  tenant: Tenant,
  blacklistIds: readonly string[],
  candidates: readonly BlacklistMatchCandidate[],
): Promise<Map<string, BlacklistHit>> {
  if (!blacklistIds.length || !candidates.length) return new Map();
  const column = (pick: (c: BlacklistMatchCandidate) => string | null | undefined) => candidates.map((c) => pick(c) || null);
  const result = await sql<{ key: string; entry_id: string; blacklist_id: string; tier: BlacklistTier }>`
    WITH lists AS (
      SELECT id FROM blacklists
      WHERE id = ANY(${[...blacklistIds]}::uuid[]) AND organization_id = ${tenant.organizationId} AND test_mode = ${tenant.testMode}
    ),
    c AS (
      SELECT * FROM unnest(${column((c) => c.key)}::text[], ${column((c) => c.external_id)}::text[], ${column((c) => c.domain)}::text[],
                           ${column((c) => c.name_key)}::text[], ${column((c) => c.city_key)}::text[])
        AS c(key, external_id, domain, name_key, city_key)
    ),
    e AS (SELECT * FROM blacklist_entries WHERE blacklist_id IN (SELECT id FROM lists)),
    hits AS (
      SELECT c.key, e.id, e.blacklist_id, 1 AS rank, 'external_id' AS tier FROM c JOIN e ON e.external_id = c.external_id
      UNION ALL
      SELECT c.key, e.id, e.blacklist_id, 2, 'domain' FROM c JOIN e ON e.domain = c.domain
      UNION ALL
      SELECT c.key, e.id, e.blacklist_id, 3, 'name_city' FROM c JOIN e ON e.name_key = c.name_key AND e.city_key = c.city_key
      UNION ALL
      SELECT c.key, e.id, e.blacklist_id, 4, 'name' FROM c JOIN e ON e.name_key = c.name_key
        WHERE e.city_key IS NULL OR c.city_key IS NULL
    )
    SELECT DISTINCT ON (key) key, id AS entry_id, blacklist_id, tier FROM hits ORDER BY key, rank, id`.execute(db);
  return new Map(result.rows.map((row) => [row.key, { entry_id: row.entry_id, blacklist_id: row.blacklist_id, tier: row.tier }]));
}
