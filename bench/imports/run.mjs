// Import bench: N generated generic rows through `openprospect import` (directly on the database) on
// PostgreSQL and on embedded PGlite, each in its own process (peak RSS of the whole process, the
// embedded database included), next to the parse-only baseline on the same file in the same run.
// The database is created and migrated by a separate `migrate` process first (setup_peak_rss_mb).
// usage: node bench/imports/run.mjs ROWS [pg|pglite|both]   (PG: BENCH_DATABASE_URL, a scratch server)
/* global process, console */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const rows = Number(process.argv[2] ?? 100000);
const which = process.argv[3] ?? "both";
const server = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dir = mkdtempSync(join(tmpdir(), "bench-imports-"));
const file = join(dir, "rows.csv");
writeFileSync(file, execFileSync("node", ["bench/imports/generate-generic.mjs", String(rows)], { maxBuffer: 2 ** 31 }));

function timed(args, env) {
  const out = join(dir, "time.txt");
  // stderr passes through: the import's progress lines show a long run is alive
  const run = spawnSync("/usr/bin/time", ["-f", "%M %U %S", "-o", out, ...args], { env: { ...process.env, ...env }, maxBuffer: 2 ** 26, stdio: ["ignore", "pipe", "inherit"] });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed with status ${run.status}`);
  const [kb, user, sys] = readFileSync(out, "utf8").trim().split(/\s+/).map(Number);
  return { stdout: run.stdout.toString(), peak_rss_mb: Math.round(kb / 1024), cpu_s: +(user + sys).toFixed(1) };
}

function importOn(backend) {
  let env;
  if (backend === "pg") {
    const name = `bench_imports_${process.pid}`;
    execFileSync("psql", ["-q", server, "-c", `DROP DATABASE IF EXISTS ${name}`, "-c", `CREATE DATABASE ${name}`], { stdio: "ignore" });
    env = { DATABASE_URL: server.replace(/\/[^/]*$/, `/${name}`) };
  } else env = { OPENPROSPECT_DATA_DIR: mkdtempSync(join(dir, "pglite-")) };
  // The installation exists before the import (as it does for an operator): creating a PGlite data
  // directory (initdb in WebAssembly) peaks near 1 GB on its own, so it runs, and is measured, apart.
  const setup = timed(["npx", "tsx", "src/main.ts", "migrate"], env);
  const run = timed(["npx", "tsx", "src/main.ts", "import", file, "--format", "generic", "--source", "bench"], env);
  if (backend === "pg") execFileSync("psql", ["-q", server, "-c", `DROP DATABASE IF EXISTS bench_imports_${process.pid}`], { stdio: "ignore" });
  const result = JSON.parse(run.stdout);
  const seconds = (new Date(result.finished_at) - new Date(result.started_at)) / 1000;
  return { backend, status: result.status, rows_imported: result.rows_imported, import_s: seconds, rows_per_s: Math.round(result.rows_imported / seconds), peak_rss_mb: run.peak_rss_mb, node_cpu_s: run.cpu_s, setup_peak_rss_mb: setup.peak_rss_mb };
}

const parse = JSON.parse(timed(["npx", "tsx", "bench/imports/parse-only.ts", file], {}).stdout);
const results = { date: new Date().toISOString(), rows, load_average: (await import("node:os")).loadavg().map((x) => +x.toFixed(1)), parse_only: parse, imports: [] };
for (const backend of which === "both" ? ["pg", "pglite"] : [which]) {
  const r = importOn(backend);
  r.ratio_to_parse_only = +(r.rows_per_s / parse.rows_per_s).toFixed(3);
  results.imports.push(r);
  console.error(JSON.stringify(r));
}
results.load_average_after = (await import("node:os")).loadavg().map((x) => +x.toFixed(1));
console.log(JSON.stringify(results, null, 2));
rmSync(dir, { recursive: true, force: true });
