// End-to-end enrichment throughput: one ENRICHMENT order of generated 5-page sites, fulfilled by
// separate worker processes on PostgreSQL or by one `serve` process on embedded PGlite.
// Usage: npx tsx bench/pipeline/run.ts --backend postgres|embedded [--workers N] [--concurrency C] [--companies N] [--out file.json]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateKey } from "../../src/core/api-keys/key-format.ts";
import { startStaticSitesProxy } from "../../eval/tools/static-sites-proxy.ts";
import { generateSites, type GeneratedCompany } from "./generate-sites.ts";
import { readProcStats, type ProcStats } from "./proc-stats.ts";
import { driveEmbeddedOrder } from "./drive-embedded.ts";
import { drivePostgresOrder } from "./drive-postgres.ts";

const { values } = parseArgs({
  options: {
    backend: { type: "string", default: "postgres" },
    workers: { type: "string", default: "1" },
    concurrency: { type: "string", default: "2" },
    companies: { type: "string", default: "1000" },
    "timeout-minutes": { type: "string", default: "30" },
    out: { type: "string" },
  },
});

export interface PipelineRun {
  backend: string;
  workers: number;
  concurrency: number;
  companies: number;
  seconds: number;
  companiesPerMinute: number;
  statuses: Record<string, number>;
  processes: ProcStats[];
}

export interface DriveOptions {
  companies: GeneratedCompany[];
  workers: number;
  concurrency: number;
  workerEnv: Record<string, string>;
  deadline: number;
}

export interface DriveResult {
  seconds: number;
  statuses: Record<string, number>;
  pids: number[];
  /** Called after the clock stopped, before the processes go away (so /proc is still readable). */
  finish(): Promise<void>;
}

const sitesDir = mkdtempSync(join(tmpdir(), "openprospect-bench-sites-"));
const proxy = await startStaticSitesProxy();
try {
  const companies = generateSites(sitesDir, Number(values.companies));
  for (const c of companies) proxy.addSite(c.host, join(sitesDir, c.host));
  const options: DriveOptions = {
    companies,
    workers: Number(values.workers),
    concurrency: Number(values.concurrency),
    deadline: Date.now() + Number(values["timeout-minutes"]) * 60_000,
    workerEnv: {
      OPENPROSPECT_OUTBOUND_PROXY: proxy.proxyUrl,
      OPENPROSPECT_ALLOW_CIDRS: "127.0.0.0/8",
      OPENPROSPECT_STATIC_HOSTS: "*.bench.test=127.0.0.1",
      OPENPROSPECT_CRAWL_DELAY_MS: "0",
      OPENPROSPECT_DNS_LOOKUPS: "off",
      OPENPROSPECT_BOOTSTRAP_API_KEY: generateKey("live"),
      OPENPROSPECT_BOOTSTRAP_ADMIN_KEY: generateKey("admin"),
    },
  };
  const driven = values.backend === "embedded" ? await driveEmbeddedOrder(options) : await drivePostgresOrder(options);
  const processes = driven.pids.map(readProcStats);
  await driven.finish();
  const run: PipelineRun = {
    backend: values.backend!,
    workers: options.workers,
    concurrency: options.concurrency,
    companies: companies.length,
    seconds: Number(driven.seconds.toFixed(2)),
    companiesPerMinute: Number(((companies.length / driven.seconds) * 60).toFixed(1)),
    statuses: driven.statuses,
    processes,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(run, null, 2)}\n`);
} finally {
  await proxy.close();
  rmSync(sitesDir, { recursive: true, force: true });
}
