import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window that limited (or the hourly window) resets. */
  resetSeconds: number;
  exceeded: boolean;
}

interface CounterRow {
  bucket: string;
  window_start: string;
  hits: number;
}

const HOUR = 3600;
const BURST = 10;

/**
 * Counts one request against the key's hourly and burst windows in PostgreSQL, so every API
 * process sees the same counters. Fixed windows: one upsert, no read-modify-write race.
 */
export async function consumeRateLimit(db: Db, keyId: string, limits: { perHour: number; burstPer10s: number }): Promise<RateLimitState> {
  const hourBucket = `key:${keyId}:hour`;
  const burstBucket = `key:${keyId}:burst`;
  const { rows } = await sql<CounterRow>`
    INSERT INTO rate_limit_counters (bucket, window_start, hits)
    VALUES (${hourBucket}, date_trunc('hour', now()), 1),
           (${burstBucket}, to_timestamp(floor(extract(epoch FROM now()) / ${BURST}) * ${BURST}), 1)
    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
    RETURNING bucket, window_start, hits`.execute(db);
  const hour = rows.find((row) => row.bucket === hourBucket)!;
  const burst = rows.find((row) => row.bucket === burstBucket)!;
  const hourReset = secondsUntil(hour.window_start, HOUR);
  if (burst.hits > limits.burstPer10s) {
    return { limit: limits.perHour, remaining: Math.max(0, limits.perHour - hour.hits), resetSeconds: secondsUntil(burst.window_start, BURST), exceeded: true };
  }
  return { limit: limits.perHour, remaining: Math.max(0, limits.perHour - hour.hits), resetSeconds: hourReset, exceeded: hour.hits > limits.perHour };
}

function secondsUntil(windowStart: string, windowSeconds: number): number {
  const end = Date.parse(windowStart) + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - Date.now()) / 1000));
}
