import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type PgBoss from "pg-boss";
import { buildApp } from "../../src/http/app.ts";
import type { JobQueue } from "../../src/core/queue/job-queue.ts";
import { startJobServices } from "../../src/runtime/services.ts";
import type { TaskDeps } from "../../src/jobs/task.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";
import { createAdmin } from "./fixtures.ts";

export interface TestApp {
  database: TestDatabase;
  app: FastifyInstance;
  jobs: JobQueue;
  boss: PgBoss;
  adminKey: string;
  close(): Promise<void>;
}

/** A fresh database, pg-boss on it, and the fastify app; `workers` also runs the tasks. */
export async function startTestApp(
  options: { workers?: boolean; concurrency?: number; ports?: (db: TestDatabase["db"]) => Promise<Pick<TaskDeps, "enrichment" | "webhookSender">> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const services = await startJobServices(database.pool, database.db, {
    workers: options.workers ?? false,
    concurrency: options.concurrency ?? 1,
    pollingIntervalSeconds: 0.5,
    ports: options.ports ? await options.ports(database.db) : undefined,
  });
  const app = await buildApp({ db: database.db, jobs: services.jobs }, { logLevel: "silent", bodyLimitBytes: 2 * 1024 * 1024 });
  const { key: adminKey } = await createAdmin(database.db);
  return {
    database,
    app,
    jobs: services.jobs,
    boss: services.boss,
    adminKey,
    async close() {
      await app.close();
      await services.stop();
      await database.close();
    },
  };
}

export interface CallOptions {
  key?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** `app.inject` with a bearer key and JSON body; returns the response with `json` parsed. */
export async function call(
  app: FastifyInstance,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  options: CallOptions = {},
): Promise<LightMyRequestResponse & { body_json: any }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  const response = await app.inject({
    method,
    url,
    headers,
    query: options.query,
    ...(options.body !== undefined ? { payload: options.body as object } : {}),
  });
  let parsed: unknown = null;
  try {
    parsed = response.body ? JSON.parse(response.body) : null;
  } catch {
    parsed = null;
  }
  return Object.assign(response, { body_json: parsed });
}
