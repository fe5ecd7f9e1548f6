import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { announceOrderStatus } from "../enrichment/announce-order-status.ts";
import { recordOrderTransition, type OrderActor } from "./record-transition.ts";

/** Operator review: RECEIVED → REJECTED with the message the client will read. */
export async function rejectOrder(db: Db, jobs: JobQueue, request: { orderId: string; message: string; actor: OrderActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await recordOrderTransition(trx, {
      orderId: request.orderId,
      to: "REJECTED",
      actor: request.actor,
      message: request.message,
      patch: { message: request.message },
    });
    await announceOrderStatus(trx, jobs, request.orderId, "REJECTED");
  });
}
