import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrate } from "../../src/db/migrate.ts";
import { startEmbeddedDatabase } from "../../src/db/embedded.ts";
import { createPool } from "../../src/db/pool.ts";
import { startBoss } from "../../src/jobs/boss.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
    serverTemplateDatabase: string | null;
  }
}

// One template per test run, so runs from several checkouts on one server never drop each other's.
const TEMPLATE_DATABASE = `openprospect_test_template_${process.pid}`;

// Migrating (and installing pg-boss) once, then cloning, keeps each test file's database start fast.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), "openprospect-test-"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (project.name === "postgres" && serverUrl) {
    project.provide("serverTemplateDatabase", await createServerTemplate(serverUrl));
    project.provide("pgliteSnapshotPath", "");
    return async () => {
      await dropServerTemplate(serverUrl);
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const snapshotPath = join(dir, "migrated.tar.gz");
    writeFileSync(snapshotPath, Buffer.from(await (await migratedPgliteSnapshot()).arrayBuffer()));
    project.provide("pgliteSnapshotPath", snapshotPath);
    project.provide("serverTemplateDatabase", null);
  }
  return async () => rmSync(dir, { recursive: true, force: true });
}

async function migratedPgliteSnapshot(): Promise<Blob> {
  const embedded = await startEmbeddedDatabase({});
  const pool = createPool(embedded.url, { max: 1 });
  await prepareSchema(pool);
  await pool.end();
  const snapshot = await (await embedded.pglite.dumpDataDir("gzip")).arrayBuffer();
  await embedded.stop();
  return new Blob([snapshot]);
}

async function createServerTemplate(serverUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${TEMPLATE_DATABASE}' AND pid <> pg_backend_pid()`);
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${TEMPLATE_DATABASE}`;
  const pool = createPool(url.toString(), { max: 2 });
  await prepareSchema(pool);
  await pool.end();
  return TEMPLATE_DATABASE;
}

async function dropServerTemplate(serverUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function prepareSchema(pool: pg.Pool): Promise<void> {
  await migrate(pool);
  const boss = await startBoss(pool, { schedule: false });
  await boss.stop({ graceful: false, wait: true });
}
