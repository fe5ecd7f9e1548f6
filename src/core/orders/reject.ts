import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { transitionOrder, type OrderActor } from "./transition-order.ts";

/** Operator review: RECEIVED → REJECTED with the message the client will read. */
export async function rejectOrder(db: Db, jobs: JobQueue, request: { orderId: string; message: string; actor: OrderActor }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await transitionOrder(trx, jobs, {
      orderId: request.orderId,
      to: "REJECTED",
      actor: request.actor,
      message: request.message,
      patch: { message: request.message },
    });
  });
}
