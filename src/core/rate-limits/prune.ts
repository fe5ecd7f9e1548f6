import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/** Counters of windows that ended more than an hour ago can no longer limit anything. */
export async function pruneRateLimitCounters(db: Db): Promise<number> {
  const result = await db
    .deleteFrom("rate_limit_counters")
    .where("window_start", "<", sql<string>`now() - interval '2 hours'`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
