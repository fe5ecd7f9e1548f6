import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { DISCOVER_TASK, ENRICH_COMPANY_TASK } from "../queue/task-contracts.ts";
import { transitionOrder } from "./transition-order.ts";
import { completeOrderIfSettled } from "./complete-if-settled.ts";
import { fairPriority, tenantBacklog } from "./fair-queue.ts";


export type FulfilmentStart = { started: false; reason: string } | { started: true; pendingRows: number };

/**
 * ACCEPTED → IN_PROGRESS and one job per company row still to do, in one transaction: a crash
 * before commit leaves the order ACCEPTED and the retried job starts it again; after commit the
 * per-company jobs exist and nothing is fanned out twice.
 */
export async function startOrderFulfilment(
  db: Db,
  jobs: JobQueue,
  orderId: string,
  excludeBeforeCrawl: (trx: Db, orderId: string) => Promise<number>,
): Promise<FulfilmentStart> {
  const order = await db.selectFrom("orders").select(["status", "order_type"]).where("id", "=", orderId).executeTakeFirst();
  if (!order) return { started: false, reason: "order no longer exists" };
  if (order.status !== "ACCEPTED") return { started: false, reason: `order is ${order.status}` };
  return db.transaction().execute(async (trx) => {
    await transitionOrder(trx, jobs, { orderId, to: "IN_PROGRESS", actor: { type: "system", id: null } });
    if (order.order_type === "DISCOVERY") {
      await jobs.send(DISCOVER_TASK, { order_id: orderId }, { singletonKey: orderId }, trx);
      return { started: true as const, pendingRows: 0 };
    }
    await excludeBeforeCrawl(trx, orderId);
    const pending = await trx.selectFrom("order_companies").select("id").where("order_id", "=", orderId).where("status", "=", "PENDING").orderBy("position").execute();
    const ahead = await tenantBacklog(trx, orderId);
    await jobs.sendMany(
      ENRICH_COMPANY_TASK,
      pending.map((row, i) => ({ data: { order_id: orderId, order_company_id: row.id }, singletonKey: row.id, priority: fairPriority(ahead + i) })),
      trx,
    );
    // Every company excluded before crawling: nothing left to wait for.
    if (!pending.length) await completeOrderIfSettled(trx, jobs, orderId);
    return { started: true as const, pendingRows: pending.length };
  });
}
