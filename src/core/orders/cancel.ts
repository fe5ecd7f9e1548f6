import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { transitionOrder, type OrderActor } from "./transition-order.ts";

/**
 * Cancels an order that has not finished. Outstanding company jobs see the CANCELLED status and
 * stop; rows not yet processed stay PENDING as a record of what was never done.
 */
export async function cancelOrder(db: Db, jobs: JobQueue, request: { orderId: string; actor: OrderActor; tenant?: Tenant; message?: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await transitionOrder(trx, jobs, {
      orderId: request.orderId,
      to: "CANCELLED",
      actor: request.actor,
      tenant: request.tenant,
      message: request.message ?? null,
      patch: { completed_at: new Date().toISOString() },
    });
  });
}
