// Dev scoring for technology detection: runs detectTechnologies over every corpus site and scores
// the predictions with the corpus score.mjs (tech family only).
//   npx tsx eval/tools/dev/tech-score.ts [FINGERPRINT_DIR] [--corpus DIR] [--verbose]
// Without FINGERPRINT_DIR the project's builtin fingerprints are used.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectTechnologies, loadBuiltinFingerprints, loadFingerprintDirectory, reportedTechnologies } from "../../../src/engine/extract/tech/index.ts";
import { loadCorpusSitePages } from "../load-corpus-site.ts";

const args = process.argv.slice(2);
const corpusFlag = args.indexOf("--corpus");
const corpus = corpusFlag >= 0 ? args[corpusFlag + 1] : "../shared/corpus";
const setDir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--corpus");
const verbose = args.includes("--verbose");

const set = setDir ? loadFingerprintDirectory(setDir) : loadBuiltinFingerprints();
console.log(`fingerprints: ${setDir ?? "builtin"} (${set.technologies.size} technologies, ${set.warnings.length} load warnings)`);
const out = mkdtempSync(join(tmpdir(), "tech-score-"));
// The name aliases of score.mjs, so the verbose report agrees with the scored numbers.
const ALIASES: Record<string, string> = {
  "google tag manager": "gtm", "google analytics 4": "google analytics", ga4: "google analytics",
  "google universal analytics": "google analytics", fontawesome: "font awesome", "twitter bootstrap": "bootstrap",
  "wordpress com": "wordpress", "google maps api": "google maps", "youtube embed": "youtube",
  "google recaptcha": "recaptcha", "cloudflare browser insights": "cloudflare",
};
const fold = (s: string): string => {
  const text = s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return ALIASES[text] ?? text;
};

for (const file of readdirSync(join(corpus, "labels")).filter((f) => f.endsWith(".json")).sort()) {
  const label = JSON.parse(readFileSync(join(corpus, "labels", file), "utf8"));
  const domain = label.domain ?? `${label.site_id}.example`;
  const pages = loadCorpusSitePages(join(corpus, "sites", label.site_id), domain);
  const found = reportedTechnologies(detectTechnologies(pages, set));
  const technologies = found.map((d) => ({ name: d.name, evidence: d.evidence.map((e) => `${e.type}: ${e.value}`).join("; ") }));
  writeFileSync(join(out, file), JSON.stringify({ technologies }, null, 2));
  if (verbose) reportSite(label.site_id, (label.technologies ?? []).map((t: { name: string }) => t.name), technologies);
}

function reportSite(site: string, expected: string[], predicted: { name: string; evidence: string }[]): void {
  const got = new Set(predicted.map((p) => fold(p.name)));
  const want = new Set(expected.map(fold));
  const missed = expected.filter((n) => !got.has(fold(n)));
  const extra = predicted.filter((p) => !want.has(fold(p.name))).map((p) => `${p.name} [${p.evidence.slice(0, 90)}]`);
  if (missed.length || extra.length) console.log(`${site}\n  missed: ${missed.join(", ")}\n  extra: ${extra.join("\n         ")}`);
}

console.log(execFileSync("node", [join(corpus, "score.mjs"), join(corpus, "labels"), out], { encoding: "utf8" }));
console.log(`predictions: ${out}`);
