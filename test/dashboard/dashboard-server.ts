import { existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { DASHBOARD_DIST } from "../../src/http/plugins/dashboard.ts";
import { startFixtureWeb, type FixtureWeb } from "../support/fixture-web.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

export interface DashboardServer {
  t: TestApp;
  web: FixtureWeb;
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/**
 * The API with workers crawling the fixture sites, listening on loopback so a real browser can load
 * /app from it. The bundle is built first when a clean checkout has none yet.
 */
export async function startDashboardServer(): Promise<DashboardServer> {
  if (!existsSync(join(DASHBOARD_DIST, "index.html"))) {
    execFileSync(process.execPath, [join(import.meta.dirname, "..", "..", "bin", "build-dashboard.mjs")], { stdio: "inherit" });
  }
  let web!: FixtureWeb;
  const t = await startTestApp({ workers: true, concurrency: 2, ports: async (db) => (web = await startFixtureWeb(db)).ports });
  await t.app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = t.app.server.address() as AddressInfo;
  return {
    t,
    web,
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await t.close();
      await web.close();
    },
  };
}
