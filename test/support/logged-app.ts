import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/http/app.ts";
import { createTenant, type TestTenant } from "./fixtures.ts";
import { startTestApp, type TestApp } from "./test-app.ts";

export interface LoggedApp {
  t: TestApp;
  owner: TestTenant;
  /** An app logging at trace level into `lines`, so a test can prove what never reaches a log. */
  logged: FastifyInstance;
  lines: string[];
  close(): Promise<void>;
}

export async function startLoggedApp(): Promise<LoggedApp> {
  const t = await startTestApp();
  const owner = await createTenant(t.database.db);
  const lines: string[] = [];
  const logged = await buildApp({ db: t.database.db, jobs: t.jobs, secrets: t.secrets }, { logLevel: "trace", logStream: { write: (line) => lines.push(line) } });
  return {
    t,
    owner,
    logged,
    lines,
    async close() {
      await logged.close();
      await t.close();
    },
  };
}
