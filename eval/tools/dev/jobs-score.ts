import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { extractJobs } from "../../../src/engine/extract/job-postings/index.ts";
import { loadCorpusSitePages } from "../load-corpus-site.ts";

// Development aid: runs the jobs extractor over every corpus site and scores the "jobs" family.
// Usage: npx tsx eval/tools/dev/jobs-score.ts [--verbose]
const corpus = process.env.CORPUS_DIR ?? "../shared/corpus";
const verbose = process.argv.includes("--verbose");
const out = mkdtempSync(join(tmpdir(), "jobs-pred-"));

for (const file of readdirSync(join(corpus, "labels")).filter((f) => f.endsWith(".json")).sort()) {
  const label = JSON.parse(readFileSync(join(corpus, "labels", file), "utf8"));
  const domain: string = label.domain ?? `${label.site_id}.example`;
  const pages = loadCorpusSitePages(join(corpus, "sites", label.site_id), domain);
  const jobs = extractJobs(pages, { domain }).map((j) => ({
    title: j.title,
    location: j.location,
    employment_type: j.employment_types?.length ? j.employment_types.join(",") : j.employment_type,
  }));
  writeFileSync(join(out, file), JSON.stringify({ jobs }, null, 2));
  if (verbose && (jobs.length || label.jobs?.length)) {
    console.log(`== ${label.site_id}`);
    console.log("  labelled:", (label.jobs ?? []).map((j: { title: string }) => j.title).join(" | "));
    for (const j of jobs) console.log(`  predicted: ${j.title} | ${j.location ?? "-"} | ${j.employment_type ?? "-"}`);
  }
}

const report = execFileSync("node", [join(corpus, "score.mjs"), join(corpus, "labels"), out], { encoding: "utf8" });
console.log(report.split("\n").filter((l) => /^(sites|family|jobs)/.test(l)).join("\n"));
console.log(`predictions in ${out}`);
