// Technology matching against the peer simple-wappalyzer (Wappalyzer rules on happy-dom) on the same
// corpus pages in the same process, rounds interleaved so machine noise hits both sides alike.
// The peer is never a project dependency: run-peer.sh installs it into a temporary folder first.
//   bash bench/tech/run-peer.sh [CORPUS_SITES_DIR]        (or: npx tsx bench/tech/peer-throughput.ts PEER_DIR [SITES])
import { readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { detectTechnologies, loadBuiltinFingerprints } from "../../src/engine/extract/tech/index.ts";
import { loadCorpusSitePages } from "../../eval/tools/load-corpus-site.ts";
import type { Page } from "../../src/engine/types.ts";

type PeerAnalyze = (input: { url: string; headers: Record<string, string>; html: string }) => Promise<Array<{ name: string }>>;

const peerDir = process.argv[2];
if (!peerDir) throw new Error("usage: peer-throughput.ts PEER_DIR [CORPUS_SITES_DIR]");
const sitesDir = process.argv[3] ?? "../shared/corpus/sites";
const ROUNDS = Number(process.env.ROUNDS ?? 2);

const peerRequire = createRequire(join(resolve(peerDir), "package.json"));
const peerVersion = (peerRequire("simple-wappalyzer/package.json") as { version: string }).version;
const peer = peerRequire("simple-wappalyzer") as PeerAnalyze;

const sites = readdirSync(sitesDir).filter((s) => statSync(join(sitesDir, s)).isDirectory()).sort();
const sitePages: Page[][] = sites.map((site) => loadCorpusSitePages(join(sitesDir, site), `${site}.example`));
const pageCount = sitePages.reduce((n, pages) => n + pages.length, 0);

// Ours: the engine's unit of work is one site (all its pages at once), as the pipeline calls it.
function runOurs(): { ms: number; detections: number } {
  const fingerprints = loadBuiltinFingerprints();
  let detections = 0;
  const started = performance.now();
  for (const pages of sitePages) detections += detectTechnologies(pages, fingerprints).length;
  return { ms: performance.now() - started, detections };
}

// The peer analyses one page at a time; a site's detections are the union over its pages.
async function runPeer(): Promise<{ ms: number; detections: number }> {
  let detections = 0;
  const started = performance.now();
  for (const pages of sitePages) {
    const names = new Set<string>();
    for (const page of pages) for (const found of await peer({ url: page.url, headers: page.headers, html: page.html })) names.add(found.name);
    detections += names.size;
  }
  return { ms: performance.now() - started, detections };
}

const rate = (ms: number) => pageCount / (ms / 1000);
console.log(`corpus: ${sites.length} sites, ${pageCount} HTML pages (${sitesDir}); peer simple-wappalyzer ${peerVersion}; ${ROUNDS} interleaved rounds`);
runOurs(); // warm-up: fingerprints compiled once per process, as in a worker
await runPeer();
const ours: number[] = [];
const theirs: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const a = runOurs();
  const b = await runPeer();
  ours.push(a.ms);
  theirs.push(b.ms);
  console.log(`round ${round}: ours ${rate(a.ms).toFixed(1)} pages/s (${a.detections} site detections), peer ${rate(b.ms).toFixed(1)} pages/s (${b.detections}), ratio ${(b.ms / a.ms).toFixed(1)}x`);
}
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
console.log(`total: ours ${rate(sum(ours) / ROUNDS).toFixed(1)} pages/s, peer ${rate(sum(theirs) / ROUNDS).toFixed(1)} pages/s, ratio ${(sum(theirs) / sum(ours)).toFixed(1)}x the peer's pages/s`);
