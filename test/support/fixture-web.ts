import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readConfig } from "../../src/config.ts";
import type { Db } from "../../src/db/database.ts";
import { createWorkerPorts, type WorkerPorts } from "../../src/runtime/worker-ports.ts";
import { startStaticSitesProxy, type StaticSitesProxy } from "../../eval/tools/static-sites-proxy.ts";

const SITES_DIR = fileURLToPath(new URL("../fixtures/sites", import.meta.url));

export interface FixtureWeb {
  proxy: StaticSitesProxy;
  ports: WorkerPorts;
  hosts: string[];
  close(): Promise<void>;
}

/**
 * The project's own fixture websites served on loopback as if they were their real hosts; the
 * engine reaches them through the outbound-proxy setting, as an operator's proxy would be used.
 */
export async function startFixtureWeb(db: Db): Promise<FixtureWeb> {
  const proxy = await startStaticSitesProxy();
  const hosts = readdirSync(SITES_DIR);
  for (const host of hosts) proxy.addSite(host, join(SITES_DIR, host));
  const config = readConfig({
    OPENPROSPECT_OUTBOUND_PROXY: proxy.proxyUrl,
    OPENPROSPECT_ALLOW_CIDRS: "127.0.0.0/8",
    // the suites' webhook receivers listen on loopback too
    OPENPROSPECT_WEBHOOK_ALLOW_CIDRS: "127.0.0.0/8",
  });
  // Fixture host names do not exist in DNS; they "resolve" to loopback, which the allow-list admits.
  const resolveAll = async () => [{ address: "127.0.0.1", family: 4 }];
  const ports = createWorkerPorts(config, db, { resolveAll, dns: false, minDelayMs: 0 });
  return {
    proxy,
    ports,
    hosts,
    async close() {
      await ports.close();
      await proxy.close();
    },
  };
}
