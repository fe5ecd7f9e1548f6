import type PgBoss from "pg-boss";
import { resumeLapsedRows } from "../core/enrichment/resume-lapsed-rows.ts";
import { failAbandonedEnrichJobs } from "./abandoned-enrich-jobs.ts";
import type { Db } from "../db/database.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";

/** Often enough that a killed worker's rows run again within a minute (30 s lease + this + a poll). */
export const SWEEP_INTERVAL_MS = 10_000;

/**
 * Every worker process sweeps for rows whose claim lapsed. pg-boss alone would only retry a killed
 * worker's job after its expiry (300 s), and cron cannot run more often than once a minute.
 */
export function startLapsedClaimsSweeper(db: Db, jobs: JobQueue, boss: Pick<PgBoss, "fail">, intervalMs = SWEEP_INTERVAL_MS): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    // A failed sweep (database briefly away) is simply tried again on the next tick.
    running = Promise.all([resumeLapsedRows(db, jobs), failAbandonedEnrichJobs(db, boss)]).catch(() => undefined);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
