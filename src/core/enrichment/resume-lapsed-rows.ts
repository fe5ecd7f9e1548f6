import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { ENRICH_COMPANY_TASK } from "../queue/task-contracts.ts";

/**
 * Rows whose claim lapsed (their worker was killed, or froze past the lease) get a fresh enrichment
 * job at once instead of waiting for the old job's expiry. The claim is released in the same
 * transaction, so the stale run can no longer settle the row and no other sweep re-sends it.
 */
export async function resumeLapsedRows(db: Db, jobs: JobQueue, limit = 100): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const lapsed = await trx
      .updateTable("order_companies")
      .set({ claimed_by: null, claimed_until: null })
      .where("id", "in", (eb) =>
        eb.selectFrom("order_companies as oc")
          .innerJoin("orders as o", "o.id", "oc.order_id")
          .select("oc.id")
          .where("oc.status", "=", "PENDING")
          .where("oc.claimed_by", "is not", null)
          .where("oc.claimed_until", "<", sql<string>`now()`)
          .where("o.status", "=", "IN_PROGRESS")
          .limit(limit))
      .where("claimed_until", "<", sql<string>`now()`)
      .returning(["id", "order_id"])
      .execute();
    if (lapsed.length) {
      await jobs.sendMany(ENRICH_COMPANY_TASK, lapsed.map((row) => ({ data: { order_id: row.order_id, order_company_id: row.id } })), trx);
    }
    return lapsed.length;
  });
}
