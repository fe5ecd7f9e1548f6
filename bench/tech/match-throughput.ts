// Technology-matching throughput over every corpus HTML page, and the one-time load cost of each
// fingerprint set, each also as a ratio to a baseline measured in the same process: a bare cheerio
// (htmlparser2) parse of the same pages, and reading + JSON-parsing the same fingerprint files.
//   npx tsx bench/tech/match-throughput.ts [CORPUS_SITES_DIR] [COMMUNITY_SET_DIR]
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import { detectTechnologies, loadFingerprintDirectory, type FingerprintSet } from "../../src/engine/extract/tech/index.ts";
import { BUILTIN_FINGERPRINT_DIR } from "../../src/engine/extract/tech/load-builtin-fingerprints.ts";
import { loadCorpusSitePages } from "../../eval/tools/load-corpus-site.ts";
import type { Page } from "../../src/engine/types.ts";

const sitesDir = process.argv[2] ?? "../shared/corpus/sites";
const communityDir = process.argv[3] ?? join(sitesDir, "../../fingerprints/webappanalyzer");
const fixtureDir = "src/engine/extract/tech/__tests__/fixtures/fingerprints";

const sites = readdirSync(sitesDir).filter((s) => statSync(join(sitesDir, s)).isDirectory()).sort();
const siteStart = sites.map((site) => loadCorpusSitePages(join(sitesDir, site), `${site}.example`));
const pageCount = siteStart.reduce((n, pages) => n + pages.length, 0);

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).map((f) => join(dir, f));
}

const parseMs = time(() => siteStart.flat().forEach((p: Page) => load(p.html, { xml: { xmlMode: false } })));
const parseRate = pageCount / (parseMs / 1000);
console.log(`corpus: ${sites.length} sites, ${pageCount} HTML pages (${sitesDir})`);
console.log(`baseline cheerio parse: ${parseMs.toFixed(0)} ms, ${parseRate.toFixed(1)} pages/s`);

function bench(label: string, dir: string): void {
  if (!existsSync(dir) || (!existsSync(join(dir, "technologies")) && !existsSync(join(dir, "src")))) {
    console.log(`${label}: not present at ${dir}`);
    return;
  }
  const jsonMs = time(() => jsonFilesUnder(dir).forEach((f) => JSON.parse(readFileSync(f, "utf8"))));
  let set: FingerprintSet | null = null;
  const loadMs = time(() => (set = loadFingerprintDirectory(dir)));
  const loaded = set as unknown as FingerprintSet;
  let detections = 0;
  const matchMs = time(() => siteStart.forEach((pages) => (detections += detectTechnologies(pages, loaded).length)));
  const rate = pageCount / (matchMs / 1000);
  console.log(`${label}: ${loaded.technologies.size} technologies, ${loaded.warnings.length} load warnings`);
  console.log(`  load: ${loadMs.toFixed(0)} ms (${(loadMs / jsonMs).toFixed(1)}x reading+JSON.parse of its files, ${jsonMs.toFixed(0)} ms)`);
  console.log(`  match: ${matchMs.toFixed(0)} ms, ${rate.toFixed(1)} pages/s (${(parseMs / matchMs).toFixed(3)}x baseline parse rate), ${detections} detections`);
}

const builtinPresent = existsSync(join(BUILTIN_FINGERPRINT_DIR, "technologies"));
bench(builtinPresent ? "builtin set" : "fixture set (builtin set not present yet)", builtinPresent ? BUILTIN_FINGERPRINT_DIR : fixtureDir);
bench("community set (webappanalyzer)", communityDir);
