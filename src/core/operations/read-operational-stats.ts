import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

export interface OperationalStats {
  jobs: { name: string; state: string; count: number }[];
  webhookAttempts: { outcome: string; count: number }[];
}

/** Jobs per task and state, and webhook attempts per outcome, across every process. */
export async function readOperationalStats(db: Db): Promise<OperationalStats> {
  const jobs = await sql<{ name: string; state: string; count: number }>`
    SELECT name, state::text AS state, count(*)::int AS count FROM pgboss.job GROUP BY name, state ORDER BY name, state`.execute(db);
  const attempts = await db
    .selectFrom("webhook_attempts")
    .select(["outcome", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("outcome")
    .execute();
  return { jobs: jobs.rows, webhookAttempts: attempts.map((a) => ({ outcome: a.outcome, count: Number(a.count) })) };
}
