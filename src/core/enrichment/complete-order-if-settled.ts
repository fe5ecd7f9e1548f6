import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { newId } from "../ids.ts";
import { announceOrderStatus } from "./announce-order-status.ts";

/**
 * IN_PROGRESS → COMPLETED once no row is PENDING. Callers hold the order row lock (settleRow takes
 * it), so of two rows settling at the same time exactly one sees the order finished.
 */
export async function completeOrderIfSettled(trx: Kysely<Database>, jobs: JobQueue, orderId: string): Promise<boolean> {
  const completed = await trx
    .updateTable("orders")
    .set({ status: "COMPLETED", completed_at: new Date().toISOString(), updated_at: sql<string>`now()` })
    .where("id", "=", orderId)
    .where("status", "=", "IN_PROGRESS")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("order_companies").select("id").where("order_id", "=", orderId).where("status", "=", "PENDING"))),
    )
    .returning(["organization_id", "test_mode", "profile_id"])
    .executeTakeFirst();
  if (!completed) return false;
  await trx
    .insertInto("order_status_events")
    .values({ id: newId(), created_at: new Date().toISOString(), order_id: orderId, from_status: "IN_PROGRESS", to_status: "COMPLETED", actor_type: "system", actor_id: null })
    .execute();
  await announceOrderStatus(trx, jobs, orderId, "COMPLETED");
  return true;
}
