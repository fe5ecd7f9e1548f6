import { sql } from "kysely";
import type PgBoss from "pg-boss";
import { CLAIM_LEASE_SECONDS } from "../core/enrichment/row-claim.ts";
import { ENRICH_COMPANY_TASK } from "../core/queue/task-contracts.ts";
import type { Db } from "../db/database.ts";

/**
 * Enrichment jobs whose worker died between taking the job and claiming its row: the job stays
 * `active` until its 300 s expiry, and the row has no claim that could lapse. A live run claims its
 * row right after it starts, so an active job older than a lease with its row still pending and
 * unclaimed has no run behind it. Failing it lets pg-boss retry it now; should the run still be alive
 * after all, the row claim keeps the two from working at once and the later one finds the row settled.
 */
export async function failAbandonedEnrichJobs(db: Db, boss: Pick<PgBoss, "fail">, limit = 100): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    SELECT j.id
    FROM pgboss.job j
    JOIN order_companies oc ON oc.id = (j.data->>'order_company_id')::uuid
    WHERE j.name = ${ENRICH_COMPANY_TASK}
      AND j.state = 'active'
      AND j.started_on < now() - make_interval(secs => ${CLAIM_LEASE_SECONDS})
      AND oc.status = 'PENDING'
      AND oc.claimed_by IS NULL
    LIMIT ${limit}`.execute(db);
  if (rows.length) await boss.fail(ENRICH_COMPANY_TASK, rows.map((r) => r.id));
  return rows.length;
}
