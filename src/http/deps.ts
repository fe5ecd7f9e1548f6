import type { Db } from "../db/database.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";
import type { ApiKeyAuthenticator } from "../core/api-keys/authenticator.ts";

/** What route handlers may use: core verbs get these passed in, routes never touch SQL. */
export interface AppDeps {
  db: Db;
  jobs: JobQueue;
  /** The cached, batched key hot path; one is created (and closed with the app) when absent. */
  apiKeys?: ApiKeyAuthenticator;
}
