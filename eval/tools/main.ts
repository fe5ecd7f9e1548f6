import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { runEvaluation } from "./run-evaluation.ts";

// npm run eval -- --corpus DIR --out DIR [--site ID ...] [--concurrency N] [--max-pages N] [--via-api]
const program = new Command()
  .name("eval")
  .description("Serve a corpus of static sites on loopback, crawl and analyze each, write label-shaped predictions")
  .requiredOption("--corpus <dir>", "corpus folder with labels/<id>.json and sites/<id>/")
  .requiredOption("--out <dir>", "folder for <id>.json predictions (and crawl/<id>.json logs)")
  .option("--site <id...>", "only these site ids")
  .option("--concurrency <n>", "sites analysed at once", (v) => Number.parseInt(v, 10), 4)
  .option("--max-pages <n>", "page budget per site", (v) => Number.parseInt(v, 10), 25)
  .option("--via-api", "run the product (embedded database, workers) and go through its public API: one ENRICHMENT order", false)
  .parse();

const opts = program.opts<{ corpus: string; out: string; site?: string[]; concurrency: number; maxPages: number; viaApi: boolean }>();
const corpusDir = resolve(opts.corpus);
const outDir = resolve(opts.out);
const started = Date.now();
const failed = opts.viaApi ? await viaApi() : await engineLevel();
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s, ${failed} failed`);
const scorer = join(corpusDir, "score.mjs");
console.log(`score with: node ${existsSync(scorer) ? scorer : "<corpus>/score.mjs"} ${join(corpusDir, "labels")} ${outDir}`);
process.exitCode = failed ? 1 : 0;
// After a full-corpus --via-api run some handle of the stopped product stays open (seen with 42 sites,
// not with 2; not located yet); everything is written and closed by now, so the tool exits itself.
if (opts.viaApi) process.exit();

async function engineLevel(): Promise<number> {
  // Loaded at run time so the crawl half of the tool stays usable on its own.
  const { defaultExtractors } = await import("../../src/engine/analyze/default-extractors.ts");
  const runs = await runEvaluation({
    corpusDir, outDir, siteIds: opts.site, concurrency: opts.concurrency, maxPages: opts.maxPages,
    extractors: defaultExtractors, log: (line) => console.log(line),
  });
  console.log(`${runs.length} sites`);
  return runs.filter((r) => r.error).length;
}

async function viaApi(): Promise<number> {
  const { runApiEvaluation } = await import("./api/run-api-evaluation.ts");
  const results = await runApiEvaluation({
    corpusDir, outDir, siteIds: opts.site, concurrency: opts.concurrency, maxPages: opts.maxPages, log: (line) => console.log(line),
  });
  for (const result of results.filter((r) => r.status !== "ENRICHED")) console.log(`${result.id}: ${result.status} ${result.reason ?? ""}`);
  console.log(`${results.length} sites`);
  return results.filter((r) => r.status !== "ENRICHED").length;
}
