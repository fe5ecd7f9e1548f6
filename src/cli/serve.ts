import type { Config } from "../config.ts";
import { createApiKeyAuthenticator } from "../core/api-keys/authenticator.ts";
import { buildApp } from "../http/app.ts";
import { listenForKeyChanges } from "../runtime/key-change-listener.ts";
import { bootstrap } from "../runtime/bootstrap.ts";
import { openDatabase } from "../runtime/open-database.ts";
import { startJobServices } from "../runtime/services.ts";
import { createWorkerPorts } from "../runtime/worker-ports.ts";
import { onShutdown } from "./shutdown.ts";
import { loadSecretBox } from "../runtime/secret-key.ts";
import { encryptClearDestinationSecrets } from "../core/webhook-destinations/encrypt-clear-secrets.ts";
import { parsePriceListSetting } from "../core/costs/price-list.ts";

export interface ServeOptions {
  api: boolean;
  workers: boolean;
  concurrency?: number;
}

/** `serve` runs API + workers; `api` and `worker` run one half each against a shared PostgreSQL. */
export async function runServer(config: Config, options: ServeOptions): Promise<void> {
  const secrets = loadSecretBox(config);
  const database = await openDatabase(config);
  await encryptClearDestinationSecrets(database.db, secrets);
  const { printedKeys } = await bootstrap(database.db, {
    apiKey: config.OPENPROSPECT_BOOTSTRAP_API_KEY,
    adminKey: config.OPENPROSPECT_BOOTSTRAP_ADMIN_KEY,
    tier: config.OPENPROSPECT_BOOTSTRAP_TIER,
  });
  const ports = options.workers ? createWorkerPorts(config, database.db) : null;
  const services = await startJobServices(database.pool, database.db, {
    workers: options.workers,
    concurrency: options.concurrency,
    ports: ports ?? undefined,
    retentionDays: config.OPENPROSPECT_RETENTION_DAYS,
    secrets,
  });
  const apiKeys = options.api ? createApiKeyAuthenticator(database.db) : null;
  // Embedded: this process owns the database, so every change is announced in process.
  const keyChanges = apiKeys && config.DATABASE_URL ? listenForKeyChanges(config.DATABASE_URL, apiKeys) : null;
  const app = apiKeys
    ? await buildApp({ db: database.db, jobs: services.jobs, secrets, apiKeys, testModeCompaniesPerHour: config.OPENPROSPECT_TEST_MODE_COMPANIES_PER_HOUR, priceDefaults: parsePriceListSetting(config.OPENPROSPECT_PRICE_LIST) }, { logLevel: config.LOG_LEVEL, bodyLimitBytes: config.OPENPROSPECT_BODY_LIMIT_BYTES })
    : null;
  const address = app ? await app.listen({ port: config.PORT, host: config.HOST }) : null;
  printBanner({ mode: database.mode, location: database.location, address, workers: options.workers, printedKeys });
  onShutdown(async () => {
    await app?.close();
    await keyChanges?.stop();
    await apiKeys?.close();
    await services.stop();
    await ports?.close();
    await database.close();
  });
}

function printBanner(info: {
  mode: string;
  location: string;
  address: string | null;
  workers: boolean;
  printedKeys: { label: string; key: string }[];
}): void {
  const lines = [`OpenProspect is running (${info.mode} database: ${info.location})`];
  if (info.address) {
    lines.push(`  API        ${info.address}/api/v1`, `  Health     ${info.address}/health`, `  API docs   ${info.address}/docs`);
  }
  lines.push(`  Workers    ${info.workers ? "on" : "off"}`);
  for (const { label, key } of info.printedKeys) lines.push(`  ${label}: ${key}   (shown once — store it now)`);
  if (info.address && info.printedKeys.length) {
    const apiKey = info.printedKeys.find((k) => k.key.startsWith("lnc_live_"))?.key;
    if (apiKey) lines.push(`  Try: curl -H "Authorization: Bearer ${apiKey}" ${info.address}/api/v1/auth/validate`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
