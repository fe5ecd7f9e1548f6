import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { transitionOrderIfAllowed } from "./transition-order.ts";

/**
 * IN_PROGRESS → COMPLETED once no row is PENDING. Callers hold the order row lock (settleRow takes
 * it), so of two rows settling at the same time exactly one sees the order finished.
 */
export async function completeOrderIfSettled(trx: Kysely<Database>, jobs: JobQueue, orderId: string): Promise<boolean> {
  const completed = await transitionOrderIfAllowed(trx, jobs, {
    orderId,
    to: "COMPLETED",
    actor: { type: "system", id: null },
    patch: { completed_at: new Date().toISOString() },
    onlyIf: sql<boolean>`NOT EXISTS (SELECT 1 FROM order_companies oc WHERE oc.order_id = o.id AND oc.status = 'PENDING')`,
  });
  return completed !== null;
}
