import type PgBoss from "pg-boss";
import type { RegisteredTask, TaskDeps } from "./task.ts";
import { metrics } from "../metrics/instruments.ts";

export interface WorkerOptions {
  concurrency: number;
  pollingIntervalSeconds?: number;
}

/** Creates every task's queue (idempotent) so senders never hit a missing queue. */
export async function ensureQueues(boss: PgBoss, tasks: RegisteredTask[]): Promise<void> {
  for (const task of tasks) {
    await boss.createQueue(task.name, { name: task.name, ...task.queue });
    if (task.cron) await boss.schedule(task.name, task.cron, {});
  }
}

/** Subscribes `concurrency` pollers per task; each job's payload is parsed before the task runs. */
export async function startWorkers(boss: PgBoss, tasks: RegisteredTask[], deps: TaskDeps, options: WorkerOptions): Promise<void> {
  for (const task of tasks) {
    for (let i = 0; i < options.concurrency; i++) {
      let workerId: string | null = null;
      workerId = await boss.work(task.name, { batchSize: task.batchSize ?? 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
        try {
          return jobs.length === 1 ? await runJob(task, jobs[0], deps) : await runBatch(boss, task, jobs, deps);
        } finally {
          // pg-boss sleeps out the rest of the polling interval even after a job; with a backlog that
          // capped a worker at concurrency ÷ interval jobs/s (bench/pipeline). Fetch again at once.
          if (workerId) boss.notifyWorker(workerId);
        }
      });
    }
  }
}

/** Runs one job; throws when it should be retried (pg-boss fails the job), settles it on its last retry. */
async function runJob(task: RegisteredTask, job: PgBoss.JobWithMetadata<unknown>, deps: TaskDeps): Promise<unknown> {
  const payload = task.payload.parse(job.data);
  try {
    const result = await task.run(payload, deps);
    metrics.jobsProcessed.inc({ task: task.name, outcome: "completed" });
    return result;
  } catch (error) {
    metrics.jobsProcessed.inc({ task: task.name, outcome: "failed" });
    if (!task.onFinalFailure || job.retryCount < job.retryLimit) throw error;
    return task.onFinalFailure(payload, error as Error, deps);
  }
}

/**
 * Runs a fetched batch side by side. pg-boss settles a batch as one (all completed, or all failed),
 * so a job that throws is failed here on its own first: it leaves the active state, and the
 * completion pg-boss writes for the batch then applies to the others only.
 */
async function runBatch(boss: PgBoss, task: RegisteredTask, jobs: PgBoss.JobWithMetadata<unknown>[], deps: TaskDeps): Promise<unknown[]> {
  const settled = await Promise.allSettled(jobs.map((job) => runJob(task, job, deps)));
  const results: unknown[] = [];
  for (const [index, outcome] of settled.entries()) {
    if (outcome.status === "fulfilled") {
      results.push(outcome.value);
      continue;
    }
    const error = outcome.reason as Error;
    await boss.fail(task.name, jobs[index].id, { message: error.message });
    results.push({ failed: error.message });
  }
  return results;
}
