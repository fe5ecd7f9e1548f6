import type { Db } from "../db/database.ts";
import type { JobQueue } from "../core/queue/job-queue.ts";
import type { SecretBox } from "../core/secrets/secret-box.ts";
import type { ApiKeyAuthenticator } from "../core/api-keys/authenticator.ts";
import type { PriceList } from "../core/costs/price-list.ts";

/** What route handlers may use: core verbs get these passed in, routes never touch SQL. */
export interface AppDeps {
  db: Db;
  jobs: JobQueue;
  /** Encrypts webhook secrets and idempotent responses at rest. */
  secrets: SecretBox;
  /** The cached, batched key hot path; one is created (and closed with the app) when absent. */
  apiKeys?: ApiKeyAuthenticator;
  /** Test keys' hourly company quota per organization (OPENPROSPECT_TEST_MODE_COMPANIES_PER_HOUR). */
  testModeCompaniesPerHour?: number;
  /** Default prices (OPENPROSPECT_PRICE_LIST); the operator's own prices override them. */
  priceDefaults?: PriceList;
}
