import { randomBytes } from "node:crypto";
import { createSecretBox } from "../../src/core/secrets/secret-box.ts";
// GET /api/v1/companies latency with 1,000,000 companies in PostgreSQL, as ratios to an
// authenticated no-op route (/api/v1/auth/validate) measured in the same process.
// Usage: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/ npx tsx bench/companies/run.ts
//        BENCH_BACKEND=pglite npx tsx bench/companies/run.ts      (embedded, in memory)
//        BENCH_COMPANIES=200000 … (fewer companies; the big search stays 100,000)
import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createDb } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPool } from "../../src/db/pool.ts";
import { buildApp } from "../../src/http/app.ts";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../src/db/embedded.ts";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/";
const DATABASE = "openprospect_bench_companies";
const BACKEND = process.env.BENCH_BACKEND === "pglite" ? "pglite" : "postgres";
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 1_000_000);
// Ids as load.sql builds them: search 0 holds 100,000 companies, search 7 holds 4,500.
const BIG_SEARCH = "5e000000-0000-4000-8000-000000000000";
const SMALL_SEARCH = "5e000000-0000-4000-8000-000000000007";

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: new URL("/postgres", SERVER).toString() });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

async function percentiles(run: () => Promise<number>, iterations: number): Promise<{ p50: number; p99: number; status: number }> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    status = await run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 100) / 100;
  return { p50: at(0.5), p99: at(0.99), status };
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  if (BACKEND === "pglite") embedded = await startEmbeddedDatabase({});
  else {
    await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${DATABASE}`);
  }
  const pool = createPool(embedded ? embedded.url : new URL(`/${DATABASE}`, SERVER).toString(), { max: 10 });
  await migrate(pool);
  const db = createDb(pool);
  const org = await createOrganization(db, { name: "Bench" });
  await updateOrganization(db, org.id, { rate_limit_tier: "enterprise", rate_limit_per_hour: 10_000_000 });
  const { key } = await createApiKey(db, org.id, { name: "bench", preset: "read_only" });
  const loadStart = Date.now();
  await pool.query(readFileSync(new URL("./load.sql", import.meta.url), "utf8").replaceAll(":'org'", `'${org.id}'`).replaceAll("1000000", String(COMPANIES)));
  await pool.query("VACUUM ANALYZE");
  const loadSeconds = Math.round((Date.now() - loadStart) / 1000);

  const app = await buildApp({ db, jobs: { send: async () => null, sendMany: async () => undefined }, secrets: createSecretBox(randomBytes(32)) }, { logLevel: "silent" });
  const get = (url: string) => async () => (await app.inject({ method: "GET", url, headers: { authorization: `Bearer ${key}` } })).statusCode;
  const shapes: [string, string, number][] = [
    ["baseline: GET /api/v1/auth/validate", "/api/v1/auth/validate", 300],
    ["plain page, search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}`, 300],
    ["page at offset 5000, search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}&offset=5000`, 200],
    ["min_match_score=8, search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}&min_match_score=8`, 200],
    ["review_status=accepted, search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}&review_status=accepted`, 200],
    ["search=Company 4242, search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}&search=Company%204242`, 100],
    ["search=person42@ (prospect e-mail), search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}&search=person42%40`, 100],
    ["search=hamburg (10% match), search of 100k", `/api/v1/companies?prospect_search_id=${BIG_SEARCH}&search=hamburg`, 100],
    ["plain page, search of 4.5k", `/api/v1/companies?prospect_search_id=${SMALL_SEARCH}`, 300],
    ["search=hamburg, search of 4.5k", `/api/v1/companies?prospect_search_id=${SMALL_SEARCH}&search=hamburg`, 200],
  ];
  for (const [, url] of shapes) for (let i = 0; i < 10; i++) await get(url)(); // warm-up: plans and caches
  const results = [];
  for (const [name, url, iterations] of shapes) results.push({ name, url, iterations, ...(await percentiles(get(url), iterations)) });
  const baseline = results[0];
  const rows = results.map((r) => ({ ...r, p50_ratio: Math.round((r.p50 / baseline.p50) * 10) / 10, p99_ratio: Math.round((r.p99 / baseline.p99) * 10) / 10 }));
  const report = { backend: BACKEND, companies: COMPANIES, searches: 201, load_seconds: loadSeconds, node: process.version, measured_at: new Date().toISOString(), results: rows };
  writeFileSync(new URL(BACKEND === "postgres" && COMPANIES === 1_000_000 ? "./results.json" : `./results-${BACKEND}-${COMPANIES}.json`, import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  console.table(rows.map(({ name, p50, p99, p50_ratio, p99_ratio, status }) => ({ name, p50, p99, p50_ratio, p99_ratio, status })));
  await app.close();
  await db.destroy();
  if (embedded) await embedded.stop();
  else await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
}

await main();
