import type { Db } from "../db/database.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";
import type { SecretBox } from "../core/secrets/secret-box.ts";

/** What route handlers may use: core verbs get these passed in, routes never touch SQL. */
export interface AppDeps {
  db: Db;
  jobs: JobQueue;
  /** Encrypts webhook secrets and idempotent responses at rest. */
  secrets: SecretBox;
}
