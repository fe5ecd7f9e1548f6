import { sql, type Expression, type Kysely, type SqlBool, type Updateable } from "kysely";
import type { Database, OrdersTable, OrderStatus } from "../../db/types.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Tenant } from "../context.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { announceOrderStatus } from "./announce-status.ts";
import { sourcesOf } from "./transitions.ts";

export interface OrderActor {
  type: "api_key" | "admin" | "system";
  id: string | null;
}

export interface OrderTransition {
  orderId: string;
  to: OrderStatus;
  actor: OrderActor;
  message?: string | null;
  /** Limit to one tenant (API callers); operators and the system act across tenants. */
  tenant?: Tenant;
  patch?: Updateable<OrdersTable>;
  /** A further condition on the order row (alias `o`), checked in the same UPDATE as the status. */
  onlyIf?: Expression<SqlBool>;
}

export interface TransitionedOrder {
  from: OrderStatus;
}

/**
 * The one way an order changes status: the move is checked against `transitions.ts` in one
 * conditional UPDATE, the status event is written and `order.status_changed` is announced, all in
 * the caller's transaction. A lost race or an illegal move is a 409 with the current status.
 */
export async function transitionOrder(trx: Kysely<Database>, jobs: JobQueue, transition: OrderTransition): Promise<TransitionedOrder> {
  const moved = await transitionOrderIfAllowed(trx, jobs, transition);
  return moved ?? explainRefusal(trx, transition);
}

/** Like `transitionOrder`, for system moves that are fine not to happen (already settled, lost race): null then. */
export async function transitionOrderIfAllowed(trx: Kysely<Database>, jobs: JobQueue, transition: OrderTransition): Promise<TransitionedOrder | null> {
  let query = trx
    .updateTable("orders as o")
    .from(sql<{ status: OrderStatus }>`(SELECT status FROM orders WHERE id = ${transition.orderId} FOR UPDATE)`.as("prev"))
    .set({ ...(transition.patch ?? {}), status: transition.to, updated_at: sql<string>`now()` })
    .where("o.id", "=", transition.orderId)
    .where("o.status", "in", sourcesOf(transition.to));
  if (transition.tenant) {
    query = query.where("o.organization_id", "=", transition.tenant.organizationId).where("o.test_mode", "=", transition.tenant.testMode);
  }
  if (transition.onlyIf) query = query.where(transition.onlyIf);
  const updated = await query
    .returning([sql<OrderStatus>`prev.status`.as("previous_status"), "o.organization_id", "o.test_mode", "o.profile_id", "o.order_type"])
    .executeTakeFirst();
  if (!updated) return null;
  await insertStatusEvent(trx, { orderId: transition.orderId, from: updated.previous_status, to: transition.to, actor: transition.actor, message: transition.message ?? null });
  await announceOrderStatus(trx, jobs, { id: transition.orderId, organization_id: updated.organization_id, test_mode: updated.test_mode, profile_id: updated.profile_id, order_type: updated.order_type }, transition.to);
  return { from: updated.previous_status };
}

/**
 * The first entry of an order's status log, written with the order row itself. Not announced:
 * the create response is the client's receipt.
 */
export async function recordOrderReceived(trx: Kysely<Database>, orderId: string, actor: OrderActor): Promise<void> {
  await insertStatusEvent(trx, { orderId, from: null, to: "RECEIVED", actor, message: null });
}

async function insertStatusEvent(
  trx: Kysely<Database>,
  event: { orderId: string; from: OrderStatus | null; to: OrderStatus; actor: OrderActor; message: string | null },
): Promise<void> {
  // The moment the move happened (after the row lock), not when the transaction began: now() would
  // order two racing transitions by their start, not by which one won.
  await trx
    .insertInto("order_status_events")
    .values({ id: newId(), created_at: new Date().toISOString(), order_id: event.orderId, from_status: event.from, to_status: event.to, actor_type: event.actor.type, actor_id: event.actor.id, message: event.message })
    .execute();
}

async function explainRefusal(trx: Kysely<Database>, transition: OrderTransition): Promise<never> {
  let query = trx.selectFrom("orders").select("status").where("id", "=", transition.orderId);
  if (transition.tenant) {
    query = query.where("organization_id", "=", transition.tenant.organizationId).where("test_mode", "=", transition.tenant.testMode);
  }
  const current = await query.executeTakeFirst();
  if (!current) throw new NotFoundError("Order", transition.orderId);
  throw new ConflictError(`Order ${transition.orderId} cannot move from ${current.status} to ${transition.to}`, "CONFLICT", {
    current_status: current.status,
    requested_status: transition.to,
  });
}
