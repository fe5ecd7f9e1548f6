import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { runEvaluation } from "./run-evaluation.ts";

// npm run eval -- --corpus DIR --out DIR [--site ID ...] [--concurrency N] [--max-pages N]
const program = new Command()
  .name("eval")
  .description("Serve a corpus of static sites on loopback, crawl and analyze each, write label-shaped predictions")
  .requiredOption("--corpus <dir>", "corpus folder with labels/<id>.json and sites/<id>/")
  .requiredOption("--out <dir>", "folder for <id>.json predictions (and crawl/<id>.json logs)")
  .option("--site <id...>", "only these site ids")
  .option("--concurrency <n>", "sites analysed at once", (v) => Number.parseInt(v, 10), 4)
  .option("--max-pages <n>", "page budget per site", (v) => Number.parseInt(v, 10), 25)
  .parse();

const opts = program.opts<{ corpus: string; out: string; site?: string[]; concurrency: number; maxPages: number }>();
const corpusDir = resolve(opts.corpus);
const outDir = resolve(opts.out);
// Loaded at run time so the crawl half of the tool stays usable on its own.
const { defaultExtractors } = await import("../engine/analyze/default-extractors.ts");
const started = Date.now();
const runs = await runEvaluation({
  corpusDir, outDir, siteIds: opts.site, concurrency: opts.concurrency, maxPages: opts.maxPages,
  extractors: defaultExtractors, log: (line) => console.log(line),
});
const failed = runs.filter((r) => r.error);
console.log(`\n${runs.length} sites in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failed.length} failed`);
const scorer = join(corpusDir, "score.mjs");
console.log(`score with: node ${existsSync(scorer) ? scorer : "<corpus>/score.mjs"} ${join(corpusDir, "labels")} ${outDir}`);
process.exitCode = failed.length ? 1 : 0;
