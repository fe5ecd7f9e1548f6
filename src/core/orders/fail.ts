import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { transitionOrder } from "./transition-order.ts";

/**
 * The pipeline itself cannot proceed: the order ends FAILED with the reason the client reads. An
 * order that never started is moved through IN_PROGRESS so the log shows where it stopped.
 */
export async function failOrder(db: Db, jobs: JobQueue, orderId: string, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const order = await trx.selectFrom("orders").select("status").where("id", "=", orderId).forUpdate().executeTakeFirst();
    if (!order || !["ACCEPTED", "IN_PROGRESS"].includes(order.status)) return;
    const system = { type: "system" as const, id: null };
    if (order.status === "ACCEPTED") await transitionOrder(trx, jobs, { orderId, to: "IN_PROGRESS", actor: system });
    await transitionOrder(trx, jobs, { orderId, to: "FAILED", actor: system, message: reason, patch: { failure_reason: reason.slice(0, 1000), completed_at: new Date().toISOString() } });
  });
}
