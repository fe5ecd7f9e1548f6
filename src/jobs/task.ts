import type { z } from "zod";
import type PgBoss from "pg-boss";
import type { Db } from "../db/database.ts";
import type { JobQueue } from "./queue.ts";
import type { WebhookSender } from "../core/webhooks/sender.ts";
import type { EnrichmentPort } from "../core/enrichment/port.ts";

export interface TaskDeps {
  db: Db;
  jobs: JobQueue;
  /** Outbound ports; absent in processes that only enqueue. */
  webhookSender?: WebhookSender;
  enrichment?: EnrichmentPort;
  /** How long personal data is held without being observed again (OPENPROSPECT_RETENTION_DAYS). */
  retentionDays?: number;
}

/** One pg-boss task: its queue settings, the payload schema, and what it does. */
export interface TaskDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  queue: Omit<PgBoss.Queue, "name">;
  payload: S;
  /** Cron expression for tasks that also run on a schedule. */
  cron?: string;
  run(payload: z.infer<S>, deps: TaskDeps): Promise<unknown>;
  /**
   * Called instead of throwing when the last retry fails, so the thing the job was for is settled
   * (marked FAILED with the reason) rather than left waiting forever.
   */
  onFinalFailure?(payload: z.infer<S>, error: Error, deps: TaskDeps): Promise<unknown>;
}

export function defineTask<S extends z.ZodType>(task: TaskDefinition<S>): TaskDefinition<S> {
  return task;
}
