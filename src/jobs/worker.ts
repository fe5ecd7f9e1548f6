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
      workerId = await boss.work(task.name, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async (jobs) => {
        try {
          return await runJobs(task, jobs, deps);
        } finally {
          // pg-boss sleeps out the rest of the polling interval even after a job; with a backlog that
          // capped a worker at concurrency ÷ interval jobs/s (bench/pipeline). Fetch again at once.
          if (workerId) boss.notifyWorker(workerId);
        }
      });
    }
  }
}

async function runJobs(task: RegisteredTask, jobs: PgBoss.JobWithMetadata<unknown>[], deps: TaskDeps): Promise<unknown> {
  const results = [];
  for (const job of jobs) {
    const payload = task.payload.parse(job.data);
    try {
      results.push(await task.run(payload, deps));
      metrics.jobsProcessed.inc({ task: task.name, outcome: "completed" });
    } catch (error) {
      metrics.jobsProcessed.inc({ task: task.name, outcome: "failed" });
      if (!task.onFinalFailure || job.retryCount < job.retryLimit) throw error;
      results.push(await task.onFinalFailure(payload, error as Error, deps));
    }
  }
  return results.length === 1 ? results[0] : results;
}
