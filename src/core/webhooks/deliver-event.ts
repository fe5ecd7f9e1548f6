import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { classifyWebhookResult, type AttemptOutcome } from "./classify-result.ts";
import { recordAttempt } from "./record-attempt.ts";
import type { WebhookSender } from "./sender.ts";
import { webhookHeaders } from "./sign.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { openDestinationSecrets } from "../webhook-destinations/sealed-secrets.ts";

export type DeliveryTrigger = "automatic" | "replay";

/** One delivery attempt of one event, logged; schedules the next attempt itself when it should retry. */
export async function deliverWebhookEvent(db: Db, jobs: JobQueue, sender: WebhookSender, secrets: SecretBox, eventId: string, trigger: DeliveryTrigger): Promise<AttemptOutcome | "skipped"> {
  const event = await db
    .selectFrom("webhook_events as e")
    .innerJoin("webhook_destinations as d", "d.id", "e.destination_id")
    .select(["e.id", "e.status", "e.attempts", "e.payload", "e.destination_id", "d.url", "d.auth_type", "d.auth_token", "d.signing_secret", "d.status as destination_status"])
    .where("e.id", "=", eventId)
    .executeTakeFirst();
  if (!event) return "skipped";
  // Exactly once per webhook-id unless someone asks for a replay.
  if (trigger === "automatic" && event.status !== "pending") return "skipped";
  // The destination may have been paused or disabled after the job was queued, replays included.
  if (event.destination_status !== "active") {
    if (trigger === "automatic") await db.updateTable("webhook_events").set({ status: "paused" }).where("id", "=", eventId).execute();
    return "skipped";
  }
  const body = JSON.stringify(event.payload);
  const { signingSecret, authToken } = openDestinationSecrets(secrets, event);
  const headers = webhookHeaders(signingSecret, event.id, body);
  if (event.auth_type === "bearer" && authToken) headers.authorization = `Bearer ${authToken}`;
  const startedAt = new Date().toISOString();
  const result = await sender.post(event.url, headers, body);
  const attempt = event.attempts + 1;
  const decision = classifyWebhookResult(result, attempt);
  await recordAttempt(db, jobs, { eventId, destinationId: event.destination_id, attempt, trigger, startedAt, result, decision });
  return decision.outcome;
}
