import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { runEvaluation } from "../../eval/tools/run-evaluation.ts";

// Sites per minute for the whole corpus through the evaluation's loopback proxy (no politeness
// delay, no network): what the engine itself costs. Appends one record to results.json.
const opts = new Command()
  .requiredOption("--corpus <dir>", "corpus folder (labels/, sites/)")
  .option("--crawl-only", "crawl without extractors (label the figure crawl-only)", false)
  .option("--concurrency <n>", "sites at once", (v) => Number.parseInt(v, 10), 4)
  .option("--repeat <n>", "passes over the corpus; the figure is their mean", (v) => Number.parseInt(v, 10), 3)
  .option("--results <file>", "results file", join(import.meta.dirname, "results.json"))
  .parse()
  .opts<{ corpus: string; crawlOnly: boolean; concurrency: number; repeat: number; results: string }>();

const extractors = opts.crawlOnly ? null : (await import("../../src/engine/analyze/default-extractors.ts")).defaultExtractors;
const passes: { seconds: number; sites: number; pages: number; failedSites: number }[] = [];
for (let pass = 0; pass < opts.repeat; pass++) {
  const outDir = mkdtempSync(join(tmpdir(), "bench-crawl-"));
  const started = process.hrtime.bigint();
  const runs = await runEvaluation({ corpusDir: resolve(opts.corpus), outDir, extractors, concurrency: opts.concurrency });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  passes.push({ seconds, sites: runs.length, pages: runs.reduce((n, r) => n + r.pages, 0), failedSites: runs.filter((r) => r.error).length });
  rmSync(outDir, { recursive: true, force: true });
}
const meanSeconds = passes.reduce((s, p) => s + p.seconds, 0) / passes.length;
const record = {
  date: new Date().toISOString(),
  mode: opts.crawlOnly ? "crawl-only (extractors not run)" : "full analyzeSite (crawl + all extractors)",
  command: `npx tsx bench/crawl/run-bench.ts --corpus <corpus>${opts.crawlOnly ? " --crawl-only" : ""} --concurrency ${opts.concurrency} --repeat ${opts.repeat}`,
  node: process.version,
  cpus: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
  concurrency: opts.concurrency,
  sites: passes[0]?.sites ?? 0,
  pages_per_pass: passes[0]?.pages ?? 0,
  seconds_per_pass: passes.map((p) => +p.seconds.toFixed(2)),
  sites_per_minute: +((passes[0]?.sites ?? 0) / (meanSeconds / 60)).toFixed(1),
  failed_sites: passes.reduce((n, p) => n + p.failedSites, 0),
};
const previous = existsSync(opts.results) ? (JSON.parse(readFileSync(opts.results, "utf8")) as unknown[]) : [];
writeFileSync(opts.results, `${JSON.stringify([...previous, record], null, 2)}\n`);
console.log(JSON.stringify(record, null, 2));
