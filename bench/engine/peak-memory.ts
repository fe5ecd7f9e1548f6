// Peak memory while extracting 1,000 pages: the corpus sites are cycled (fresh page objects each
// time) until 1,000 pages have gone through every extractor, one site at a time as the workers do.
// The baseline is a bare cheerio parse of the same 1,000 pages in the same process, measured first
// (VmHWM only grows). Appends one record to results.json.
// VmHWM only grows, so with the baseline first the full figure can never read below it; --full-only
// leaves the baseline out, and the process's high-water mark is then the extraction's own.
//   npx tsx bench/engine/peak-memory.ts [CORPUS_DIR] [--pages N] [--full-only]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultExtractors } from "../../src/engine/analyze/default-extractors.ts";
import { appendResult } from "./append-result.ts";
import { copyPages, readCorpusSitePages, type CorpusSitePages } from "./corpus-pages.ts";
import { parseOnly, runExtractors } from "./run-extractors.ts";

const corpusDir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "../shared/corpus";
const pagesAt = process.argv.indexOf("--pages");
const targetPages = pagesAt > 0 ? Number(process.argv[pagesAt + 1]) : 1000;
const fullOnly = process.argv.includes("--full-only");
const MB = 1024 * 1024;

function vmHwmMb(): number | null {
  const line = readFileSync("/proc/self/status", "utf8").split("\n").find((l) => l.startsWith("VmHWM:"));
  return line ? +(Number(line.replace(/\D+/g, "")) / 1024).toFixed(1) : null;
}

/** The corpus sites in turn, again and again, until `target` pages. */
function cycleSites(sites: CorpusSitePages[], target: number): CorpusSitePages[] {
  const batches: CorpusSitePages[] = [];
  for (let i = 0, n = 0; n < target; i++) {
    const site = sites[i % sites.length];
    const pages = copyPages(site.pages.slice(0, target - n));
    batches.push({ ...site, pages });
    n += pages.length;
  }
  return batches;
}

/** Runs `work` on each batch, sampling process.memoryUsage() after each; returns the maxima. Each batch
 *  is let go once done, as the product lets go of a site's pages, so whatever an extractor keeps beside a
 *  page object (its parsed document) is freed with it. */
function peakWhile(batches: CorpusSitePages[], work: (batch: CorpusSitePages) => void) {
  let rss = 0, heapUsed = 0, heapTotal = 0;
  for (let batch = batches.shift(); batch; batch = batches.shift()) {
    work(batch);
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heapUsed = Math.max(heapUsed, usage.heapUsed);
    heapTotal = Math.max(heapTotal, usage.heapTotal);
  }
  return { max_rss_mb: +(rss / MB).toFixed(1), max_heap_used_mb: +(heapUsed / MB).toFixed(1), max_heap_total_mb: +(heapTotal / MB).toFixed(1), vm_hwm_mb: vmHwmMb() };
}

const sites = readCorpusSitePages(corpusDir);
const batches = cycleSites(sites, targetPages);
const siteBatches = batches.length;
const pages = batches.reduce((n, b) => n + b.pages.length, 0);
const afterLoad = { rss_mb: +(process.memoryUsage().rss / MB).toFixed(1), vm_hwm_mb: vmHwmMb() };
const baseline = fullOnly ? null : peakWhile(batches, (batch) => parseOnly(batch.pages));
const fingerprints = defaultExtractors.loadBuiltinFingerprints();
let found = 0;
const full = peakWhile(cycleSites(sites, targetPages), (batch) => (found += runExtractors(batch.pages, batch.domain, fingerprints)));
const record = {
  benchmark: "peak-memory",
  date: new Date().toISOString(),
  command: `npx tsx bench/engine/peak-memory.ts <corpus> --pages ${targetPages}${fullOnly ? " --full-only" : ""}`,
  node: process.version,
  pages,
  site_batches: siteBatches,
  after_loading_corpus: afterLoad,
  baseline_cheerio_parse: baseline,
  full_extraction: full,
  full_vm_hwm_x_baseline: baseline?.vm_hwm_mb && full.vm_hwm_mb ? +(full.vm_hwm_mb / baseline.vm_hwm_mb).toFixed(2) : null,
  full_max_heap_used_x_baseline: baseline ? +(full.max_heap_used_mb / baseline.max_heap_used_mb).toFixed(2) : null,
  people_jobs_technologies_found: found,
};
appendResult(join(import.meta.dirname, "results.json"), record);
console.log(JSON.stringify(record, null, 2));
