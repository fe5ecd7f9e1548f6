import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { ApiKeyPrincipal } from "../context.ts";
import { UnauthorizedError } from "../errors.ts";
import { rateLimitFor, type RateLimitState } from "../rate-limits/tiers.ts";
import { isScope } from "../scopes.ts";
import { hashKey, parseKeyKind } from "./key-format.ts";

interface Row {
  id: string;
  organization_id: string;
  test_mode: boolean;
  scopes: string[];
  expires_at: string | null;
  key_tier: "free" | "pro" | "enterprise" | null;
  org_tier: "free" | "pro" | "enterprise";
  rate_limit_per_hour: number | null;
  hour_hits: number;
  hour_start: string;
  burst_hits: number;
  burst_start: string;
}

const INVALID = "Invalid or missing API key";

/**
 * The per-request hot path in ONE round trip: find the active key, count the request in its hourly
 * and burst windows (fixed windows in PostgreSQL, shared by every API process), and touch
 * last_used_at at most once a minute. Every failure is the same 401, so keys cannot be probed.
 */
export async function authenticateApiKey(db: Db, key: string): Promise<{ principal: ApiKeyPrincipal; rate: RateLimitState }> {
  const kind = parseKeyKind(key);
  if (kind !== "live" && kind !== "test") throw new UnauthorizedError(INVALID);
  const { rows } = await sql<Row>`
    WITH k AS (
      SELECT k.id, k.organization_id, k.test_mode, k.scopes, k.expires_at, k.last_used_at,
             k.rate_limit_tier AS key_tier, o.rate_limit_tier AS org_tier, o.rate_limit_per_hour
      FROM api_keys k JOIN organizations o ON o.id = k.organization_id
      WHERE k.key_hash = ${hashKey(key)} AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())
    ),
    touched AS (
      UPDATE api_keys SET last_used_at = now()
      WHERE id = (SELECT id FROM k) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
      RETURNING id
    ),
    counted AS (
      INSERT INTO rate_limit_counters (bucket, window_start, hits)
      SELECT 'key:' || k.id || ':hour', date_trunc('hour', now()), 1 FROM k
      UNION ALL
      SELECT 'key:' || k.id || ':burst', to_timestamp(floor(extract(epoch FROM now()) / 10) * 10), 1 FROM k
      ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
      RETURNING bucket, window_start, hits
    )
    SELECT k.id, k.organization_id, k.test_mode, k.scopes, k.expires_at, k.key_tier, k.org_tier, k.rate_limit_per_hour,
           h.hits AS hour_hits, h.window_start AS hour_start, b.hits AS burst_hits, b.window_start AS burst_start
    FROM k
    JOIN counted h ON h.bucket LIKE '%:hour'
    JOIN counted b ON b.bucket LIKE '%:burst'`.execute(db);
  const row = rows[0];
  if (!row) throw new UnauthorizedError(INVALID);
  const limits = rateLimitFor(row.key_tier ?? row.org_tier, row.rate_limit_per_hour);
  const principal: ApiKeyPrincipal = {
    kind: "api_key",
    keyId: row.id,
    tenant: { organizationId: row.organization_id, testMode: row.test_mode },
    scopes: row.scopes.filter(isScope),
    rateLimit: limits,
  };
  return { principal, rate: rateStateOf(row, limits) };
}

function rateStateOf(row: Row, limits: { perHour: number; burstPer10s: number }): RateLimitState {
  const secondsUntil = (start: string, window: number) => Math.max(1, Math.ceil((Date.parse(start) + window * 1000 - Date.now()) / 1000));
  const remaining = Math.max(0, limits.perHour - row.hour_hits);
  if (row.burst_hits > limits.burstPer10s) return { limit: limits.perHour, remaining, resetSeconds: secondsUntil(row.burst_start, 10), exceeded: true };
  return { limit: limits.perHour, remaining, resetSeconds: secondsUntil(row.hour_start, 3600), exceeded: row.hour_hits > limits.perHour };
}
