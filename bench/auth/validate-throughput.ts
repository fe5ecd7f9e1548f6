import { randomBytes } from "node:crypto";
import { createSecretBox } from "../../src/core/secrets/secret-box.ts";
// Authenticated GET /api/v1/auth/validate against a bare fastify route returning the same JSON,
// on the embedded database and on PostgreSQL, all measured in this one process.
//   npx tsx bench/auth/validate-throughput.ts [--requests 4000] [--concurrency 16] [--pg postgres://postgres@127.0.0.1:5432/postgres]
import Fastify from "fastify";
import pg from "pg";
import { buildApp } from "../../src/http/app.ts";
import { createDb } from "../../src/db/database.ts";
import { startEmbeddedDatabase } from "../../src/db/embedded.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPool } from "../../src/db/pool.ts";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { formatRow, runLoad, type LoadResult } from "../load.ts";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const REQUESTS = Number(option("--requests", "4000"));
const CONCURRENCY = Number(option("--concurrency", "16"));
const PG_URL = option("--pg", "postgres://postgres@127.0.0.1:5432/postgres");
const noJobs = { send: async () => null, sendMany: async () => undefined };

async function bareFastify(): Promise<LoadResult> {
  const app = Fastify();
  const body = { valid: true, scopes: ["orders:read", "orders:write"] };
  app.get("/api/v1/auth/validate", async () => body);
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  await runLoad(address, "/api/v1/auth/validate", {}, 500, CONCURRENCY); // warm-up
  const result = await runLoad(address, "/api/v1/auth/validate", {}, REQUESTS, CONCURRENCY);
  await app.close();
  return result;
}

async function productRoute(url: string, poolMax: number): Promise<LoadResult> {
  const pool = createPool(url, { max: poolMax });
  await migrate(pool);
  const db = createDb(pool);
  const org = await createOrganization(db, { name: "bench" });
  await updateOrganization(db, org.id, { rate_limit_tier: "enterprise", rate_limit_per_hour: 10_000_000 });
  const { key } = await createApiKey(db, org.id, { name: "bench", preset: "full_access" });
  const app = await buildApp({ db, jobs: noJobs, secrets: createSecretBox(randomBytes(32)) }, { logLevel: "silent" });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const headers = { authorization: `Bearer ${key}` };
  await runLoad(address, "/api/v1/auth/validate", headers, 500, CONCURRENCY);
  const result = await runLoad(address, "/api/v1/auth/validate", headers, REQUESTS, CONCURRENCY);
  await app.close();
  await db.destroy();
  return result;
}

async function scratchDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `openprospect_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const bare = await bareFastify();
const embedded = await startEmbeddedDatabase({});
const onEmbedded = await productRoute(embedded.url, 1);
await embedded.stop();
const scratch = await scratchDatabase(PG_URL);
const onPostgres = await productRoute(scratch.url, 10);
await scratch.drop();

const lines = [
  `Run ${new Date().toISOString()} — ${REQUESTS} requests, ${CONCURRENCY} in flight, node ${process.version}, ${(await import("node:os")).cpus().length} cores`,
  "",
  "| route | req/s | p50 ms | p99 ms | ratio to bare fastify | errors |",
  "|---|---|---|---|---|---|",
  formatRow("bare fastify, same JSON (baseline)", bare),
  formatRow("GET /api/v1/auth/validate, embedded PGlite", onEmbedded, bare),
  formatRow("GET /api/v1/auth/validate, PostgreSQL", onPostgres, bare),
];
process.stdout.write(`${lines.join("\n")}\n`);
