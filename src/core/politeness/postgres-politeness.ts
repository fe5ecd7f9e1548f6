import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { PolitenessPort } from "../../engine/fetch/index.ts";

/**
 * Turn-taking per host across every worker on every machine: one upsert reserves the next free slot
 * (at least `minDelayMs` after the previous one), then the caller sleeps until its slot.
 */
export function createPostgresPoliteness(db: Db, sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))): PolitenessPort {
  return {
    async waitTurn(host, minDelayMs) {
      const { rows } = await sql<{ wait_ms: number }>`
        INSERT INTO host_politeness AS hp (host, next_allowed_at)
        VALUES (${host}, now() + make_interval(secs => ${minDelayMs / 1000}))
        ON CONFLICT (host) DO UPDATE
          SET next_allowed_at = greatest(hp.next_allowed_at, now()) + make_interval(secs => ${minDelayMs / 1000})
        RETURNING greatest(0, extract(epoch FROM (hp.next_allowed_at - now())) * 1000 - ${minDelayMs})::float8 AS wait_ms`.execute(db);
      const waitMs = Number(rows[0]?.wait_ms ?? 0);
      if (waitMs > 0) await sleep(Math.min(waitMs, 120_000));
    },
  };
}
