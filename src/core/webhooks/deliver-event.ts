import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { newId } from "../ids.ts";
import { DELIVER_WEBHOOK_TASK } from "../queue/task-contracts.ts";
import { classifyWebhookResult, type AttemptOutcome } from "./classify-result.ts";
import { PAUSE_AFTER_CONSECUTIVE_FAILURES } from "./retry-schedule.ts";
import type { WebhookSender } from "./sender.ts";
import { webhookHeaders } from "./sign.ts";

export type DeliveryTrigger = "automatic" | "replay";

/** One delivery attempt of one event, logged; schedules the next attempt itself when it should retry. */
export async function deliverWebhookEvent(db: Db, jobs: JobQueue, sender: WebhookSender, eventId: string, trigger: DeliveryTrigger): Promise<AttemptOutcome | "skipped"> {
  const event = await db
    .selectFrom("webhook_events as e")
    .innerJoin("webhook_destinations as d", "d.id", "e.destination_id")
    .select(["e.id", "e.status", "e.attempts", "e.payload", "e.destination_id", "d.url", "d.auth_type", "d.auth_token", "d.signing_secret", "d.status as destination_status"])
    .where("e.id", "=", eventId)
    .executeTakeFirst();
  if (!event) return "skipped";
  // Exactly once per webhook-id unless someone asks for a replay.
  if (trigger === "automatic" && event.status !== "pending") return "skipped";
  if (trigger === "automatic" && event.destination_status !== "active") {
    await db.updateTable("webhook_events").set({ status: "paused" }).where("id", "=", eventId).execute();
    return "skipped";
  }
  const body = JSON.stringify(event.payload);
  const headers = webhookHeaders(event.signing_secret, event.id, body);
  if (event.auth_type === "bearer" && event.auth_token) headers.authorization = `Bearer ${event.auth_token}`;
  const startedAt = new Date().toISOString();
  const result = await sender.post(event.url, headers, body);
  const attempt = event.attempts + 1;
  const decision = classifyWebhookResult(result, attempt);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("webhook_attempts")
      .values({
        id: newId(),
        event_id: eventId,
        attempt,
        started_at: startedAt,
        duration_ms: Math.round(result.durationMs),
        status_code: result.kind === "response" ? result.statusCode : null,
        outcome: decision.outcome,
        error: result.kind === "error" ? result.reason : null,
        response_excerpt: result.kind === "response" ? result.excerpt : null,
        trigger,
      })
      .execute();
    await trx
      .updateTable("webhook_events")
      .set({
        attempts: attempt,
        last_attempt_at: startedAt,
        status: decision.outcome === "delivered" ? "delivered" : decision.outcome === "retry" ? "pending" : "failed",
        delivered_at: decision.outcome === "delivered" ? new Date().toISOString() : null,
        last_error: decision.error,
        next_attempt_at: decision.retryInSeconds ? new Date(Date.now() + decision.retryInSeconds * 1000).toISOString() : null,
      })
      .where("id", "=", eventId)
      .execute();
    await updateDestinationHealth(trx, event.destination_id, decision.outcome);
    if (decision.retryInSeconds !== null) {
      await jobs.send(DELIVER_WEBHOOK_TASK, { event_id: eventId }, { startAfter: decision.retryInSeconds, singletonKey: `${eventId}:${attempt + 1}` }, trx);
    }
  });
  return decision.outcome;
}

async function updateDestinationHealth(db: Db, destinationId: string, outcome: AttemptOutcome): Promise<void> {
  if (outcome === "delivered") {
    await db.updateTable("webhook_destinations").set({ consecutive_failures: 0 }).where("id", "=", destinationId).execute();
    return;
  }
  if (outcome === "disabled") {
    await db.updateTable("webhook_destinations").set({ status: "disabled", updated_at: new Date().toISOString() }).where("id", "=", destinationId).execute();
    return;
  }
  await db
    .updateTable("webhook_destinations")
    .set({
      consecutive_failures: sql`consecutive_failures + 1`,
      status: sql`CASE WHEN consecutive_failures + 1 >= ${PAUSE_AFTER_CONSECUTIVE_FAILURES} AND status = 'active' THEN 'paused' ELSE status END`,
    })
    .where("id", "=", destinationId)
    .execute();
}
