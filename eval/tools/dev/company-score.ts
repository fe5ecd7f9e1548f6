import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { loadCorpusSitePages } from "../load-corpus-site.ts";
import { extractCompany } from "../../../src/engine/extract/firmographics/index.ts";

// Dev aid: runs the company extractor over every corpus site and writes {company} predictions
// that ../shared/corpus/score.mjs can score. Usage: tsx eval/tools/dev/company-score.ts [corpusDir] [outDir]
const corpus = process.argv[2] ?? "../shared/corpus";
const outDir = process.argv[3] ?? join(tmpdir(), "company-predictions");
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(join(corpus, "labels")).filter((f) => f.endsWith(".json"))) {
  const label = JSON.parse(readFileSync(join(corpus, "labels", file), "utf8")) as { site_id: string; domain: string | null };
  const domain = label.domain ?? `${label.site_id}.example`;
  const pages = loadCorpusSitePages(join(corpus, "sites", label.site_id), domain);
  // The placeholder host only serves the pages; the company's domain stays unknown when the label has none.
  const { company } = extractCompany(pages, { domain: label.domain });
  writeFileSync(join(outDir, file), JSON.stringify({ company }, null, 2));
}
console.log(outDir);
