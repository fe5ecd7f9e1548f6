import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../../src/db/database.ts";
import { startEmbeddedDatabase } from "../../src/db/embedded.ts";
import { createPool } from "../../src/db/pool.ts";

export type TestBackend = "pglite" | "postgres";

export interface TestDatabase {
  backend: TestBackend;
  url: string;
  pool: pg.Pool;
  db: Db;
  close(): Promise<void>;
}

/** The backend this vitest project runs on (see vitest.config.ts projects). */
export function testBackend(): TestBackend {
  return process.env.OPENPROSPECT_TEST_BACKEND === "postgres" ? "postgres" : "pglite";
}

/** A fresh, migrated database for one test file: a PGlite snapshot or a clone of the server template. */
export async function createTestDatabase(options: { poolMax?: number } = {}): Promise<TestDatabase> {
  return testBackend() === "postgres" ? serverDatabase(options.poolMax ?? 10) : pgliteDatabase(options.poolMax ?? 1);
}

/** An empty, unmigrated database on the current backend (for tests of a migration itself). */
export async function createBlankTestDatabase(): Promise<TestDatabase> {
  if (testBackend() === "pglite") {
    const embedded = await startEmbeddedDatabase({});
    const pool = createPool(embedded.url, { max: 1 });
    const db = createDb(pool);
    return { backend: "pglite", url: embedded.url, pool, db, close: async () => (await db.destroy(), await embedded.stop()) };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set up for the postgres test project");
  const name = `openprospect_blank_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), { max: 2 });
  const db = createDb(pool);
  const close = async () => {
    await db.destroy();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  return { backend: "postgres", url: url.toString(), pool, db, close };
}

async function pgliteDatabase(poolMax: number): Promise<TestDatabase> {
  const snapshot = new Blob([readFileSync(inject("pgliteSnapshotPath"))]);
  const embedded = await startEmbeddedDatabase({ snapshot });
  const pool = createPool(embedded.url, { max: poolMax });
  const db = createDb(pool);
  return {
    backend: "pglite",
    url: embedded.url,
    pool,
    db,
    async close() {
      await db.destroy();
      await embedded.stop();
    },
  };
}

async function serverDatabase(poolMax: number): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject("serverTemplateDatabase");
  if (!serverUrl || !template) throw new Error("TEST_DATABASE_URL is not set up for the postgres test project");
  const name = `openprospect_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), { max: poolMax });
  const db = createDb(pool);
  return {
    backend: "postgres",
    url: url.toString(),
    pool,
    db,
    async close() {
      await db.destroy();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
