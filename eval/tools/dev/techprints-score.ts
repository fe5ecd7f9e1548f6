import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { loadCorpusSitePages } from "../load-corpus-site.ts";
import { loadFingerprints, matchPage, pageParts } from "./techprints-match.ts";

// Scores the fingerprint set alone (plain RegExp over HTML-visible fields) against the corpus tech labels.
// Usage: npx tsx eval/tools/dev/techprints-score.ts [CORPUS_DIR] [--verbose]

const corpus = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "../shared/corpus";
const verbose = process.argv.includes("--verbose");
const fingerprints = loadFingerprints();
const outDir = mkdtempSync(join(tmpdir(), "techprints-"));
const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

for (const file of readdirSync(join(corpus, "labels")).filter((f) => f.endsWith(".json"))) {
  const label = JSON.parse(readFileSync(join(corpus, "labels", file), "utf8"));
  const domain = label.domain ?? `${label.site_id}.example`;
  const found = new Map<string, string>();
  for (const page of loadCorpusSitePages(join(corpus, "sites", label.site_id), domain)) {
    for (const [name, evidence] of matchPage(pageParts(page.html), fingerprints)) if (!found.has(name)) found.set(name, `${evidence} @${page.url}`);
  }
  writeFileSync(join(outDir, file), JSON.stringify({ technologies: [...found.keys()].map((name) => ({ name })) }));
  if (verbose) report(label, found);
}
console.log(execFileSync("node", [join(corpus, "score.mjs"), join(corpus, "labels"), outDir], { encoding: "utf8" }));

function report(label: { site_id: string; technologies?: { name: string }[] }, found: Map<string, string>): void {
  const wanted = new Set((label.technologies ?? []).map((t) => norm(t.name)));
  const got = new Set([...found.keys()].map(norm));
  for (const [name, evidence] of found) if (!wanted.has(norm(name))) console.log(`${label.site_id}  FP ${name}  <- ${evidence}`);
  for (const t of label.technologies ?? []) if (!got.has(norm(t.name))) console.log(`${label.site_id}  FN ${t.name}`);
}
