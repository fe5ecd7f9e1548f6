import { randomBytes } from "node:crypto";
import { createSecretBox } from "../../src/core/secrets/secret-box.ts";
// POST /api/v1/orders with 10,000 companies through the full fastify app (auth, rate limit, zod,
// one transaction), as a ratio to a 1-company order measured in the same process.
// Usage: npx tsx bench/orders/run.ts --backend pglite|postgres [--companies 10000] [--runs 7] [--out file.json]
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type pg from "pg";
import { createApiKey } from "../../src/core/api-keys/create.ts";
import { createOrganization } from "../../src/core/organizations/create.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createDb } from "../../src/db/database.ts";
import { startEmbeddedDatabase } from "../../src/db/embedded.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPool } from "../../src/db/pool.ts";
import { buildApp } from "../../src/http/app.ts";
import { startJobServices } from "../../src/runtime/services.ts";
import { createScratchDatabase } from "../pipeline/scratch-database.ts";

const { values } = parseArgs({
  options: {
    backend: { type: "string", default: "postgres" },
    companies: { type: "string", default: "10000" },
    runs: { type: "string", default: "7" },
    out: { type: "string" },
  },
});
const RUNS = Number(values.runs);

interface Backend {
  pool: pg.Pool;
  close(): Promise<void>;
}

// The same pool sizes the product uses: one connection on embedded PGlite, ten on a server.
async function openBackend(kind: string): Promise<Backend> {
  if (kind === "pglite") {
    const embedded = await startEmbeddedDatabase({});
    const pool = createPool(embedded.url, { max: 1 });
    return { pool, close: () => embedded.stop() };
  }
  const scratch = await createScratchDatabase("openprospect_bench_orders");
  const pool = createPool(scratch.url, { max: 10 });
  return { pool, close: () => scratch.drop() };
}

function orderBody(count: number, run: number) {
  const companies = Array.from({ length: count }, (_, i) => ({
    company_name: `Holzbau Lindner ${run}-${i}`,
    external_id: `CRM-${run}-${i}`,
    website_url: `https://www.co-${run}-${i}.example.de`,
    city: i % 2 ? "Kempten" : "Ulm",
    country: "DE",
  }));
  return { order_type: "ENRICHMENT", title: `Bench order ${run}`, companies };
}

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50ms: Number(sorted[Math.floor(sorted.length / 2)].toFixed(2)), maxms: Number(sorted[sorted.length - 1].toFixed(2)), runsMs: times.map((t) => Number(t.toFixed(1))) };
}

const backend = await openBackend(values.backend!);
const db = createDb(backend.pool);
try {
  await migrate(backend.pool);
  const services = await startJobServices(backend.pool, db, { workers: false });
  const app = await buildApp({ db, jobs: services.jobs, secrets: createSecretBox(randomBytes(32)) }, { logLevel: "silent", bodyLimitBytes: 10 * 1024 * 1024 });
  const organization = await createOrganization(db, { name: "Orders bench" });
  await updateOrganization(db, organization.id, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  const { key } = await createApiKey(db, organization.id, { name: "bench", preset: "full_access" });
  const post = async (body: object): Promise<number> => {
    const payload = JSON.stringify(body);
    const started = performance.now();
    const response = await app.inject({ method: "POST", url: "/api/v1/orders", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, payload });
    const ms = performance.now() - started;
    if (response.statusCode !== 201) throw new Error(`${response.statusCode}: ${response.body.slice(0, 300)}`);
    return ms;
  };
  const companies = Number(values.companies);
  // Warm-up (JIT, plan cache, first pg-boss/insert paths) is not counted.
  await post(orderBody(1, -1));
  await post(orderBody(companies, -2));
  const small: number[] = [];
  const large: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    small.push(await post(orderBody(1, run)));
    large.push(await post(orderBody(companies, run)));
  }
  const one = summary(small);
  const many = summary(large);
  const result = {
    backend: values.backend,
    companies,
    runs: RUNS,
    bodyBytes: JSON.stringify(orderBody(companies, 0)).length,
    oneCompany: one,
    manyCompanies: many,
    p50Ratio: Number((many.p50ms / one.p50ms).toFixed(1)),
    maxRatio: Number((many.maxms / one.maxms).toFixed(1)),
    microsecondsPerCompany: Number(((many.p50ms * 1000) / companies).toFixed(1)),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  await app.close();
  await services.stop();
} finally {
  await db.destroy(); // ends the pool
  await backend.close();
}
