import type { Kysely, Selectable } from "kysely";
import type { Database, OrdersTable, OrderStatus } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue-event.ts";

export interface AnnouncedOrder {
  id: string;
  organization_id: string;
  test_mode: boolean;
  profile_id: string | null;
  order_type: Selectable<OrdersTable>["order_type"];
}

/**
 * `order.status_changed` to the destinations of the order's prospect search. Called only by
 * `transitionOrder`, so every status change is announced exactly once per status.
 */
export async function announceOrderStatus(trx: Kysely<Database>, jobs: JobQueue, order: AnnouncedOrder, status: OrderStatus): Promise<void> {
  if (!order.profile_id) return;
  await enqueueWebhookEvent(trx, jobs, { organizationId: order.organization_id, testMode: order.test_mode }, {
    prospectSearchId: order.profile_id,
    eventType: "order.status_changed",
    dedupeKey: `order:${order.id}:${status}`,
    data: { order_id: order.id, order_type: order.order_type, status },
  });
}
