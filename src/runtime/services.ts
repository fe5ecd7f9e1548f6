import type PgBoss from "pg-boss";
import type { Db } from "../db/database.ts";
import type pg from "pg";
import { startBoss } from "../jobs/boss.ts";
import { createJobQueue } from "../jobs/queue.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";
import { TASKS } from "../jobs/registry.ts";
import { ensureQueues, startWorkers } from "../jobs/worker.ts";
import { failAbandonedImports } from "../core/company-imports/abandoned.ts";
import { startLapsedClaimsSweeper } from "../jobs/lapsed-claims-sweeper.ts";
import type { TaskDeps } from "../jobs/task.ts";
import type { SecretBox } from "../core/secrets/secret-box.ts";

export interface JobServices {
  boss: PgBoss;
  jobs: JobQueue;
  stop(): Promise<void>;
}

/** Starts pg-boss on the pool; with `workers` it also processes jobs, otherwise it only sends them. */
export async function startJobServices(
  pool: pg.Pool,
  db: Db,
  options: { workers: boolean; concurrency?: number; pollingIntervalSeconds?: number; ports?: Pick<TaskDeps, "enrichment" | "webhookSender" | "webSearch">; retentionDays?: number; secrets?: SecretBox },
): Promise<JobServices> {
  const boss = await startBoss(pool, { schedule: options.workers });
  await ensureQueues(boss, TASKS);
  const jobs = createJobQueue(boss);
  // Imports a crashed or restarted server left behind must not stay RUNNING forever (a live one, still
  // touched by its process, is left alone); done here, at process start, not when an app is built.
  await failAbandonedImports(db);
  const sweeper = options.workers ? startLapsedClaimsSweeper(db, jobs, boss) : null;
  if (options.workers) {
    await startWorkers(boss, TASKS, { db, jobs, ...options.ports, retentionDays: options.retentionDays, secrets: options.secrets }, { concurrency: options.concurrency ?? 2, pollingIntervalSeconds: options.pollingIntervalSeconds });
  }
  return {
    boss,
    jobs,
    // graceful: in-flight jobs finish (or are returned to the queue) before the pool closes
    async stop() {
      await sweeper?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
