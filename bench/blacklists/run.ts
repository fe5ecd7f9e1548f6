import { randomBytes } from "node:crypto";
import { createSecretBox } from "../../src/core/secrets/secret-box.ts";
// Blacklist benchmarks: bulk-add of 10,000 entries through the API, and SQL matching of 100,000
// candidates against 100,000 entries. Each figure is a ratio to a baseline run in the same process.
// Usage: npx tsx bench/blacklists/run.ts [postgres|pglite]   (postgres: BENCH_DATABASE_URL, default
// postgres://postgres@127.0.0.1:5432/postgres; a scratch database is created and dropped)
import { performance } from "node:perf_hooks";
import pg from "pg";
import { sql } from "kysely";
import { addBlacklistEntries } from "../../src/core/blacklists/add-entries.ts";
import { createBlacklist } from "../../src/core/blacklists/create.ts";
import { findBlacklistMatches } from "../../src/core/blacklists/find-matches.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createDb } from "../../src/db/database.ts";
import { startEmbeddedDatabase } from "../../src/db/embedded.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createPool } from "../../src/db/pool.ts";
import { candidateKeys } from "../../src/engine/match/blacklist/index.ts";
import { buildApp } from "../../src/http/app.ts";
import { startJobServices } from "../../src/runtime/services.ts";
import { createTenant } from "../../test/support/fixtures.ts";

const backend = process.argv[2] === "pglite" ? "pglite" : "postgres";
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 100_000);
const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);

async function openDatabase(): Promise<{ url: string; close: () => Promise<void> }> {
  if (backend === "pglite") {
    const embedded = await startEmbeddedDatabase({});
    return { url: embedded.url, close: () => embedded.stop() };
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `bench_blacklists_${process.pid}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), close: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const company = (i: number) => ({ company_name: `Company ${i} GmbH`, website_url: `https://www.company-${i}.de/about`, city: i % 2 ? "Berlin" : "München", external_id: `CRM-${i}` });

async function main(): Promise<void> {
  const database = await openDatabase();
  const pool = createPool(database.url, { max: backend === "pglite" ? 1 : 10 });
  await migrate(pool);
  const db = createDb(pool);
  const services = await startJobServices(pool, db, { workers: false });
  const app = await buildApp({ db, jobs: services.jobs, secrets: createSecretBox(randomBytes(32)) }, { logLevel: "silent", bodyLimitBytes: 16 * 1024 * 1024 });
  const owner = await createTenant(db);
  await updateOrganization(db, owner.organizationId, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  const tenant = { organizationId: owner.organizationId, testMode: false };
  const headers = { authorization: `Bearer ${owner.key}` };
  const post = (id: string, entries: object[]) => app.inject({ method: "POST", url: `/api/v1/blacklists/${id}/entries`, headers, payload: { entries } });

  let batch = 0;
  const oneEntry = await median(15, async () => post((await createBlacklist(db, tenant, { name: "one" })).id, [company(batch++)]));
  const tenThousand = await median(5, async () => {
    const list = await createBlacklist(db, tenant, { name: "bulk" });
    const response = await post(list.id, Array.from({ length: 10_000 }, (_, i) => company(i)));
    if (response.json().added !== 10_000) throw new Error(response.body);
  });

  const big = await createBlacklist(db, tenant, { name: "big" });
  for (let start = 0; start < ENTRIES; start += 10_000) {
    await addBlacklistEntries(db, tenant, big.id, { entries: Array.from({ length: Math.min(10_000, ENTRIES - start) }, (_, i) => company(start + i)) });
  }
  await sql`ANALYZE blacklist_entries`.execute(db);
  // Half the candidates are on the list (by a different tier each), half are not.
  const candidates = Array.from({ length: CANDIDATES }, (_, i) => {
    const n = i % 2 ? ENTRIES + i : i;
    const c = company(n);
    const variant = i % 8 === 0 ? { ...c, external_id: null } : i % 8 === 2 ? { ...c, external_id: null, website_url: null } : c;
    return { key: String(i), ...candidateKeys(variant) };
  });
  let matched = 0;
  const fourTier = await median(3, async () => {
    matched = (await findBlacklistMatches(db, tenant, [big.id], candidates)).size;
  });
  const domainJoin = await median(3, () =>
    sql`SELECT c.key, e.id FROM unnest(${candidates.map((c) => c.key)}::text[], ${candidates.map((c) => c.domain)}::text[]) AS c(key, domain)
        JOIN blacklist_entries e ON e.domain = c.domain AND e.blacklist_id = ${big.id}`.execute(db),
  );

  const result = {
    backend,
    node: process.version,
    bulk_add_10000_ms: Math.round(tenThousand),
    single_entry_add_ms: Number(oneEntry.toFixed(1)),
    bulk_add_ratio_to_single: Number((tenThousand / oneEntry).toFixed(1)),
    entries: ENTRIES,
    candidates: CANDIDATES,
    matched,
    four_tier_match_ms: Math.round(fourTier),
    domain_join_ms: Math.round(domainJoin),
    four_tier_ratio_to_domain_join: Number((fourTier / domainJoin).toFixed(2)),
  };
  console.log(JSON.stringify(result, null, 2));
  await app.close();
  await services.stop();
  await db.destroy();
  await database.close();
}

await main();
