import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import type { Tenant } from "../context.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { DELIVER_WEBHOOK_TASK } from "../queue/task-contracts.ts";

/**
 * Sends an event again with the same webhook-id (receivers deduplicate on it). Clients replay their
 * own events; operators (no tenant) any event. A paused or disabled destination receives nothing,
 * replays included: resume it first (a disabled one answered 410 Gone and must be re-registered).
 */
export async function replayWebhookEvent(db: Db, jobs: JobQueue, eventId: string, scope: { tenant?: Tenant; destinationId?: string }): Promise<void> {
  let query = db
    .selectFrom("webhook_events as e")
    .innerJoin("webhook_destinations as d", "d.id", "e.destination_id")
    .select(["e.id", "d.id as destination_id", "d.status as destination_status"])
    .where("e.id", "=", eventId);
  if (scope.tenant) query = query.where("e.organization_id", "=", scope.tenant.organizationId).where("e.test_mode", "=", scope.tenant.testMode);
  if (scope.destinationId) query = query.where("e.destination_id", "=", scope.destinationId);
  const event = await query.executeTakeFirst();
  if (!event) throw new NotFoundError("WebhookEvent", eventId);
  if (event.destination_status !== "active") {
    throw new ConflictError(`The destination is ${event.destination_status}; resume it before replaying events`, "DESTINATION_NOT_ACTIVE", {
      destination_id: event.destination_id,
      destination_status: event.destination_status,
    });
  }
  await jobs.send(DELIVER_WEBHOOK_TASK, { event_id: eventId, trigger: "replay" });
}
