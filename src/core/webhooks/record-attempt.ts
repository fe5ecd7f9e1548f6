import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { newId } from "../ids.ts";
import { DELIVER_WEBHOOK_TASK } from "../queue/task-contracts.ts";
import type { AttemptDecision, AttemptOutcome } from "./classify-result.ts";
import { PAUSE_AFTER_CONSECUTIVE_FAILURES } from "./retry-schedule.ts";
import type { WebhookSendResult } from "./sender.ts";
import type { DeliveryTrigger } from "./deliver-event.ts";

export interface AttemptRecord {
  eventId: string;
  destinationId: string;
  attempt: number;
  trigger: DeliveryTrigger;
  startedAt: string;
  result: WebhookSendResult;
  decision: AttemptDecision;
}

/**
 * Logs one attempt, moves the event to its new status and keeps the destination's health — one
 * atomic statement (data-modifying CTEs): a delivery is a POST and this write, so round trips are
 * most of its cost. A retry also queues its next attempt, in a transaction with the rest.
 */
export async function recordAttempt(db: Db, jobs: JobQueue, record: AttemptRecord): Promise<void> {
  if (record.decision.retryInSeconds === null) {
    await writeAttempt(db, record);
    return;
  }
  const retryInSeconds = record.decision.retryInSeconds;
  await db.transaction().execute(async (trx) => {
    await writeAttempt(trx, record);
    await jobs.send(DELIVER_WEBHOOK_TASK, { event_id: record.eventId }, { startAfter: retryInSeconds, singletonKey: `${record.eventId}:${record.attempt + 1}` }, trx);
  });
}

async function writeAttempt(db: Kysely<Database>, record: AttemptRecord): Promise<void> {
  const { result, decision } = record;
  const deliveredAt = decision.outcome === "delivered" ? new Date().toISOString() : null;
  const nextAttemptAt = decision.retryInSeconds ? new Date(Date.now() + decision.retryInSeconds * 1000).toISOString() : null;
  const eventStatus = decision.outcome === "delivered" ? "delivered" : decision.outcome === "retry" ? "pending" : "failed";
  await db
    .with("attempt", (qb) =>
      qb.insertInto("webhook_attempts").values({
        id: newId(),
        event_id: record.eventId,
        attempt: record.attempt,
        started_at: record.startedAt,
        duration_ms: Math.round(result.durationMs),
        status_code: result.kind === "response" ? result.statusCode : null,
        outcome: decision.outcome,
        error: result.kind === "error" ? result.reason : null,
        response_excerpt: result.kind === "response" ? result.excerpt : null,
        trigger: record.trigger,
      }),
    )
    .with("event", (qb) =>
      qb
        .updateTable("webhook_events")
        .set({ attempts: record.attempt, last_attempt_at: record.startedAt, status: eventStatus, delivered_at: deliveredAt, last_error: decision.error, next_attempt_at: nextAttemptAt })
        .where("id", "=", record.eventId),
    )
    .updateTable("webhook_destinations")
    .set(destinationHealth(decision.outcome))
    .where("id", "=", record.destinationId)
    // A delivery to a healthy destination writes nothing here: every delivery rewriting the same
    // row would serialise a destination's deliveries on its row lock.
    .$if(decision.outcome === "delivered", (qb) => qb.where("consecutive_failures", "<>", 0))
    .execute();
}

type DestinationStatus = "active" | "paused" | "disabled";

function destinationHealth(outcome: AttemptOutcome): { consecutive_failures?: number | RawBuilder<number>; status?: DestinationStatus | RawBuilder<DestinationStatus>; updated_at?: string } {
  if (outcome === "delivered") return { consecutive_failures: 0 };
  if (outcome === "disabled") return { status: "disabled", updated_at: new Date().toISOString() };
  return {
    consecutive_failures: sql<number>`consecutive_failures + 1`,
    status: sql<DestinationStatus>`CASE WHEN consecutive_failures + 1 >= ${PAUSE_AFTER_CONSECUTIVE_FAILURES} AND status = 'active' THEN 'paused' ELSE status END`,
  };
}
