// Markdown table of one series: npx tsx bench/pipeline/summarize.ts <label>  (reads results/<label>-*.json)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { PipelineRun } from "./run.ts";

const label = process.argv[2] ?? "after-fix";
const dir = fileURLToPath(new URL("./results/", import.meta.url));
const load = (name: string): PipelineRun => JSON.parse(readFileSync(`${dir}${label}-${name}.json`, "utf8"));
const runs = ["postgres-1", "postgres-2", "postgres-4", "embedded"].map(load);
const baseline = runs[0];
const rows = runs.map((run) => {
  const setup = run.backend === "embedded" ? "PGlite, 1 `serve` process" : `PostgreSQL, ${run.workers} \`worker\` process${run.workers > 1 ? "es" : ""}`;
  const rss = run.processes.map((p) => p.maxRssMiB);
  const cpu = run.processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
  const statuses = Object.entries(run.statuses).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join(", ");
  return `| ${setup} × concurrency ${run.concurrency} | ${run.companies} | ${run.seconds} | ${run.companiesPerMinute} | ${(run.companiesPerMinute / baseline.companiesPerMinute).toFixed(2)} | ${Math.max(...rss)} (${rss.join(", ")}) | ${cpu.toFixed(1)} | ${statuses} |`;
});
process.stdout.write(
  [
    "| setup | companies | wall s | companies/min | × 1 worker | max RSS MiB per process | worker CPU s | results |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n") + "\n",
);
