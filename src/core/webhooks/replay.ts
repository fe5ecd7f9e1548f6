import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { DELIVER_WEBHOOK_TASK } from "../queue/task-contracts.ts";

/**
 * Sends an event again with the same webhook-id (receivers deduplicate on it). Clients replay their
 * own events; operators (no tenant) any event.
 */
export async function replayWebhookEvent(db: Db, jobs: JobQueue, eventId: string, scope: { tenant?: Tenant; destinationId?: string }): Promise<void> {
  let query = db.selectFrom("webhook_events").select(["id"]).where("id", "=", eventId);
  if (scope.tenant) query = query.where("organization_id", "=", scope.tenant.organizationId).where("test_mode", "=", scope.tenant.testMode);
  if (scope.destinationId) query = query.where("destination_id", "=", scope.destinationId);
  const event = await query.executeTakeFirst();
  if (!event) throw new NotFoundError("WebhookEvent", eventId);
  await jobs.send(DELIVER_WEBHOOK_TASK, { event_id: eventId, trigger: "replay" });
}
