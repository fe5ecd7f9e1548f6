import type { z } from "zod";
import type PgBoss from "pg-boss";
import type { Db } from "../db/database.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";
import { TASK_CONTRACTS, type TaskName, type TaskPayload } from "../core/queue/task-contracts.ts";
import type { WebhookSender } from "../core/webhooks/sender.ts";
import type { EnrichmentPort } from "../core/enrichment/port.ts";
import type { WebSearchPort } from "../core/discovery/web-search-port.ts";
import type { SecretBox } from "../core/secrets/secret-box.ts";

export interface TaskDeps {
  db: Db;
  jobs: JobQueue;
  /** Outbound ports; absent in processes that only enqueue. */
  webhookSender?: WebhookSender;
  enrichment?: EnrichmentPort;
  /** Web search for discovery leads, when the operator configured one. */
  webSearch?: WebSearchPort;
  /** How long personal data is held without being observed again (OPENPROSPECT_RETENTION_DAYS). */
  retentionDays?: number;
  /** Opens the webhook secrets stored encrypted. */
  secrets?: SecretBox;
}

/** One pg-boss task: its queue settings and what it does; the payload schema comes from core's contract. */
export interface TaskDefinition<N extends TaskName = TaskName> {
  name: N;
  queue: Omit<PgBoss.Queue, "name">;
  /** Cron expression for tasks that also run on a schedule. */
  cron?: string;
  /**
   * Jobs one poller fetches and runs side by side (default 1). For short, I/O-bound jobs the queue's
   * own fetch and completion round trips cost more than the job; each job still settles on its own.
   */
  batchSize?: number;
  run(payload: TaskPayload<N>, deps: TaskDeps): Promise<unknown>;
  /**
   * Called instead of throwing when the last retry fails, so the thing the job was for is settled
   * (marked FAILED with the reason) rather than left waiting forever.
   */
  onFinalFailure?(payload: TaskPayload<N>, error: Error, deps: TaskDeps): Promise<unknown>;
}

export interface RegisteredTask<N extends TaskName = TaskName> extends TaskDefinition<N> {
  payload: z.ZodType<TaskPayload<N>>;
}

export function defineTask<N extends TaskName>(task: TaskDefinition<N>): RegisteredTask<N> {
  return { ...task, payload: TASK_CONTRACTS[task.name] as unknown as z.ZodType<TaskPayload<N>> };
}
