// Full extraction throughput: pages per second on one core (this process is single-threaded) for
// every extractor over every corpus page, per site, as a ratio to a bare cheerio parse of the same
// pages measured in the same process. Appends one record to results.json.
//   npx tsx bench/engine/extract-throughput.ts [CORPUS_DIR] [--passes N]
import { cpus } from "node:os";
import { join } from "node:path";
import { defaultExtractors } from "../../src/engine/analyze/default-extractors.ts";
import { appendResult } from "./append-result.ts";
import { copyPages, readCorpusSitePages } from "./corpus-pages.ts";
import { parseOnly, runExtractors } from "./run-extractors.ts";

const corpusDir = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "../shared/corpus";
const passesAt = process.argv.indexOf("--passes");
const passes = passesAt > 0 ? Number(process.argv[passesAt + 1]) : 3;

const sites = readCorpusSitePages(corpusDir);
const pageCount = sites.reduce((n, site) => n + site.pages.length, 0);
const loadStarted = performance.now();
const fingerprints = defaultExtractors.loadBuiltinFingerprints();
const fingerprintLoadMs = performance.now() - loadStarted;

// Wall time and this process's CPU time (user + system, all its threads, GC helpers included): on a
// shared machine the wall time also counts waiting for a core, the CPU time does not.
function timePass(run: (pages: ReturnType<typeof copyPages>, domain: string) => number): { wallMs: number; cpuMs: number } {
  const copies = sites.map((site) => ({ domain: site.domain, pages: copyPages(site.pages) }));
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  // Each site's pages are let go once analysed, as the product does, so whatever extractors keep
  // beside a page object (its parsed document) is freed with it instead of piling up over the pass.
  for (let site = copies.shift(); site; site = copies.shift()) run(site.pages, site.domain);
  const cpu = process.cpuUsage(cpuStarted);
  return { wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// One untimed pass of each warms the JIT and the fingerprint regex cache; then they alternate.
timePass((pages) => parseOnly(pages));
timePass((pages, domain) => runExtractors(pages, domain, fingerprints));
const baselineMs: number[] = [];
const fullMs: number[] = [];
const baselineCpuMs: number[] = [];
const fullCpuMs: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  const baseline = timePass((pages) => parseOnly(pages));
  const full = timePass((pages, domain) => runExtractors(pages, domain, fingerprints));
  baselineMs.push(baseline.wallMs);
  fullMs.push(full.wallMs);
  baselineCpuMs.push(baseline.cpuMs);
  fullCpuMs.push(full.cpuMs);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (ms: number) => +(pageCount / (ms / 1000)).toFixed(1);
const record = {
  benchmark: "extract-throughput",
  date: new Date().toISOString(),
  command: `npx tsx bench/engine/extract-throughput.ts <corpus> --passes ${passes}`,
  node: process.version,
  cpus: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
  sites: sites.length,
  pages: pageCount,
  fingerprint_load_ms: +fingerprintLoadMs.toFixed(0),
  baseline_cheerio_parse_ms: baselineMs.map((ms) => +ms.toFixed(0)),
  full_extraction_ms: fullMs.map((ms) => +ms.toFixed(0)),
  baseline_pages_per_second_per_core: rate(median(baselineMs)),
  full_pages_per_second_per_core: rate(median(fullMs)),
  full_cost_x_baseline: +(median(fullMs) / median(baselineMs)).toFixed(1),
  baseline_cpu_ms: baselineCpuMs.map((ms) => +ms.toFixed(0)),
  full_cpu_ms: fullCpuMs.map((ms) => +ms.toFixed(0)),
  full_cpu_x_baseline: +(median(fullCpuMs) / median(baselineCpuMs)).toFixed(2),
};
appendResult(join(import.meta.dirname, "results.json"), record);
console.log(JSON.stringify(record, null, 2));
