import { sql, type Kysely, type Updateable } from "kysely";
import type { Database, OrdersTable, OrderStatus } from "../../db/types.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Tenant } from "../context.ts";
import { sourcesOf } from "./transitions.ts";

export interface OrderActor {
  type: "api_key" | "admin" | "system";
  id: string | null;
}

export interface TransitionRequest {
  orderId: string;
  to: OrderStatus;
  actor: OrderActor;
  message?: string | null;
  /** Limit to one tenant (API callers); operators and the system act across tenants. */
  tenant?: Tenant;
  patch?: Updateable<OrdersTable>;
}

/**
 * Moves an order to `to` only if its current status allows it, in one conditional UPDATE: a lost
 * race or an illegal move is a 409 with the current status, never a silent overwrite.
 */
export async function recordOrderTransition(trx: Kysely<Database>, request: TransitionRequest): Promise<{ from: OrderStatus }> {
  const from = sourcesOf(request.to);
  let query = trx
    .updateTable("orders as o")
    .from(sql<{ status: OrderStatus }>`(SELECT status FROM orders WHERE id = ${request.orderId} FOR UPDATE)`.as("prev"))
    .set({ ...(request.patch ?? {}), status: request.to, updated_at: sql<string>`now()` })
    .where("o.id", "=", request.orderId)
    .where("o.status", "in", from);
  if (request.tenant) {
    query = query.where("o.organization_id", "=", request.tenant.organizationId).where("o.test_mode", "=", request.tenant.testMode);
  }
  const updated = await query.returning(sql<OrderStatus>`prev.status`.as("previous_status")).executeTakeFirst();
  if (!updated) await explainRefusal(trx, request);
  const previous = updated!.previous_status;
  // The moment the move happened (after the row lock), not when the transaction began: now() would
  // order two racing transitions by their start, not by which one won.
  await trx
    .insertInto("order_status_events")
    .values({ id: newId(), created_at: new Date().toISOString(), order_id: request.orderId, from_status: previous, to_status: request.to, actor_type: request.actor.type, actor_id: request.actor.id, message: request.message ?? null })
    .execute();
  return { from: previous };
}

async function explainRefusal(trx: Kysely<Database>, request: TransitionRequest): Promise<never> {
  let query = trx.selectFrom("orders").select("status").where("id", "=", request.orderId);
  if (request.tenant) {
    query = query.where("organization_id", "=", request.tenant.organizationId).where("test_mode", "=", request.tenant.testMode);
  }
  const current = await query.executeTakeFirst();
  if (!current) throw new NotFoundError("Order", request.orderId);
  throw new ConflictError(`Order ${request.orderId} cannot move from ${current.status} to ${request.to}`, "CONFLICT", {
    current_status: current.status,
    requested_status: request.to,
  });
}
