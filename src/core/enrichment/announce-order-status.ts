import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue-event.ts";

/** `order.status_changed` to the destinations of the order's prospect search. */
export async function announceOrderStatus(trx: Kysely<Database>, jobs: JobQueue, orderId: string, status: string): Promise<void> {
  const order = await trx.selectFrom("orders").select(["organization_id", "test_mode", "profile_id", "order_type"]).where("id", "=", orderId).executeTakeFirst();
  if (!order?.profile_id) return;
  await enqueueWebhookEvent(trx, jobs, { organizationId: order.organization_id, testMode: order.test_mode }, {
    prospectSearchId: order.profile_id,
    eventType: "order.status_changed",
    dedupeKey: `order:${orderId}:${status}`,
    data: { order_id: orderId, order_type: order.order_type, status },
  });
}
