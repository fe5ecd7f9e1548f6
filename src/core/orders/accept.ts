import type { Kysely } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { FULFIL_ORDER_TASK } from "../queue/task-contracts.ts";
import { transitionOrder, type OrderActor } from "./transition-order.ts";
import { priceOrder } from "../costs/price-order.ts";
import type { PriceList } from "../costs/price-list.ts";


export interface AcceptOrderRequest {
  orderId: string;
  estimatedCost: number | null;
  actor: OrderActor;
  message?: string | null;
  /** The configured default prices (OPENPROSPECT_PRICE_LIST); the operator's own prices override them. */
  priceDefaults?: PriceList;
}

/** Operator review: RECEIVED → ACCEPTED, and the fulfilment job exists exactly when this commits. */
export async function acceptOrder(db: Db, jobs: JobQueue, request: AcceptOrderRequest): Promise<void> {
  await db.transaction().execute((trx) => acceptWithinTransaction(trx, jobs, request));
}

export async function acceptWithinTransaction(trx: Kysely<Database>, jobs: JobQueue, request: AcceptOrderRequest): Promise<void> {
  await transitionOrder(trx, jobs, {
    orderId: request.orderId,
    to: "ACCEPTED",
    actor: request.actor,
    message: request.message,
    patch: { ...(await priceOrder(trx, request.orderId, request.estimatedCost, request.priceDefaults)), accepted_at: new Date().toISOString() },
  });
  await jobs.send(FULFIL_ORDER_TASK, { order_id: request.orderId }, { singletonKey: request.orderId }, trx);
}
