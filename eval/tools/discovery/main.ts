import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Command } from "commander";
import { runDiscoveryEvaluation, type IcpOutcome } from "./run-discovery-evaluation.ts";

// npm run eval:discovery -- --corpus DIR [--out report.json] [--site ID ...] [--concurrency N] [--max-pages N]
const program = new Command()
  .name("eval:discovery")
  .description("Import a corpus as a generic company index, run a DISCOVERY order per issue-11 ICP through the API, report precision and recall")
  .requiredOption("--corpus <dir>", "corpus folder with labels/<id>.json and sites/<id>/")
  .option("--out <file>", "write the per-ICP report as JSON")
  .option("--site <id...>", "only these site ids")
  .option("--concurrency <n>", "crawl jobs the workers run at once", (v) => Number.parseInt(v, 10), 4)
  .option("--max-pages <n>", "page budget per site", (v) => Number.parseInt(v, 10), 25)
  .option("--quiet", "do not list each examined candidate")
  .parse();

const opts = program.opts<{ corpus: string; out?: string; site?: string[]; concurrency: number; maxPages: number; quiet?: boolean }>();
const started = Date.now();
const outcomes = await runDiscoveryEvaluation({
  corpusDir: resolve(opts.corpus), siteIds: opts.site, concurrency: opts.concurrency, maxPages: opts.maxPages, log: (line) => console.log(line),
  onOutcome: (done) => writeReport(done),
});
console.log("");
for (const o of outcomes) {
  console.log(`${o.icp}\n  expected ${o.expected.length}, briefing ${o.briefing_quantity}, delivered ${o.delivered.length}: precision ${o.precision ?? "n/a"}, recall ${o.recall ?? "n/a"}`);
  const wrong = o.delivered.filter((id) => !o.expected.includes(id));
  const missed = o.expected.filter((id) => !o.delivered.includes(id));
  if (wrong.length) console.log(`  not expected: ${wrong.join(", ")}`);
  if (missed.length) console.log(`  missed: ${missed.join(", ")}`);
  if (o.message) console.log(`  message: ${o.message}`);
  console.log(`  progress: ${JSON.stringify(o.progress)}`);
  if (!opts.quiet) for (const line of examinedLines(o)) console.log(line);
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
writeReport(outcomes);
// Like `eval --via-api`: a handle of the stopped product may stay open; everything is written by now.
process.exit();

function writeReport(outcomes: IcpOutcome[]): void {
  if (!opts.out) return;
  mkdirSync(dirname(resolve(opts.out)), { recursive: true });
  writeFileSync(resolve(opts.out), `${JSON.stringify(outcomes, null, 2)}\n`);
}

// Each examined candidate: expected or not, outcome, score, classified industry, then its criteria.
function examinedLines(outcome: IcpOutcome): string[] {
  return outcome.examined.flatMap((c) => [
    `    ${outcome.expected.includes(c.site) ? "+" : " "} ${c.outcome.padEnd(15)} ${String(c.score ?? "-").padStart(4)}  ${c.site}  [${c.industry ?? "no industry"}]`,
    ...c.criteria.map((k) => `        ${k.criterion} ${k.matched === null ? "?" : k.matched ? "✓" : "✗"} (${k.weight}): ${k.evidence.slice(0, 220)}`),
    ...(c.outcome === "UNREACHABLE" && c.reason ? [`        ${c.reason.slice(0, 220)}`] : []),
  ]);
}
