import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Db } from "../../../src/db/database.ts";
import { readConfig } from "../../../src/config.ts";
import { createAdminKey } from "../../../src/core/admin-keys/create.ts";
import { buildApp } from "../../../src/http/app.ts";
import { openDatabase } from "../../../src/runtime/open-database.ts";
import { startJobServices } from "../../../src/runtime/services.ts";
import { createWorkerPorts } from "../../../src/runtime/worker-ports.ts";
import { loadSecretBox } from "../../../src/runtime/secret-key.ts";

export interface ApiEvalApp {
  app: FastifyInstance;
  adminKey: string;
  /** The product's database, for diagnostics an evaluation prints beside its API-only grading. */
  db: Db;
  close(): Promise<void>;
}

export interface ApiEvalAppOptions {
  /** The static-sites proxy every crawl goes through. */
  proxyUrl: string;
  /** The address the simulated hosts "resolve" to; the SSRF allow-list admits only it. */
  simulatedAddress: string;
  maxPages: number;
  concurrency: number;
}

/**
 * The product as `openprospect serve` runs it — fresh embedded database, job workers, HTTP app —
 * with crawls reaching the corpus through the outbound proxy and no politeness delay.
 */
export async function startApiEvalApp(options: ApiEvalAppOptions): Promise<ApiEvalApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "openprospect-eval-"));
  const config = readConfig({
    OPENPROSPECT_DATA_DIR: dataDir,
    OPENPROSPECT_OUTBOUND_PROXY: options.proxyUrl,
    OPENPROSPECT_ALLOW_CIDRS: `${options.simulatedAddress}/32`,
    OPENPROSPECT_CRAWL_DELAY_MS: "0",
    OPENPROSPECT_CRAWL_MAX_PAGES: String(options.maxPages),
    OPENPROSPECT_DNS_LOOKUPS: "off",
  });
  const database = await openDatabase(config);
  const secrets = loadSecretBox(config); // generated into the throwaway data directory
  const resolveAll = async () => [{ address: options.simulatedAddress, family: 4 as const }];
  const ports = createWorkerPorts(config, database.db, { resolveAll, dns: false, minDelayMs: 0 });
  const services = await startJobServices(database.pool, database.db, { workers: true, concurrency: options.concurrency, pollingIntervalSeconds: 0.5, ports, secrets });
  const app = await buildApp({ db: database.db, jobs: services.jobs, secrets }, { logLevel: "silent" });
  const { key: adminKey } = await createAdminKey(database.db, "evaluation operator");
  return {
    app,
    adminKey,
    db: database.db,
    async close() {
      await app.close();
      await services.stop();
      await ports.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
