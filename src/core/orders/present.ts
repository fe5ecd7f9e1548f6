import type { Selectable } from "kysely";
import type { OrdersTable } from "../../db/types.ts";
import type { OrderProgress } from "./progress.ts";
import type { Order, OrderFeature } from "./schemas.ts";

const MESSAGES: Record<string, string> = {
  RECEIVED: "Order received. Awaiting admin review.",
  ACCEPTED: "Order accepted. Processing will start shortly.",
  IN_PROGRESS: "Order is being processed.",
  COMPLETED: "Order completed. Results are available.",
  CANCELLED: "Order cancelled.",
};

export function presentOrder(row: Selectable<OrdersTable>, progress: OrderProgress): Order {
  return {
    order_id: row.id,
    order_type: row.order_type,
    status: row.status,
    company_count: row.company_count,
    estimated_cost: row.estimated_cost,
    // A rejection or failure explains itself; other states say what happens next.
    message: row.message ?? row.failure_reason ?? MESSAGES[row.status] ?? row.status,
    title: row.title,
    profile_id: row.profile_id,
    features: row.features as OrderFeature[],
    briefing_quantity: row.briefing_quantity,
    blacklist_ids: row.blacklist_ids,
    max_cost: row.max_cost,
    actual_cost: row.actual_cost,
    progress,
    created_at: row.created_at,
    updated_at: row.updated_at,
    accepted_at: row.accepted_at,
    completed_at: row.completed_at,
  };
}
