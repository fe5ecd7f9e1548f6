import type { Db } from "../db/database.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";

/** What route handlers may use: core verbs get these passed in, routes never touch SQL. */
export interface AppDeps {
  db: Db;
  jobs: JobQueue;
}
