// Dev scoring for the people extractor: predicts {people:[…]} for every corpus site into a temp
// dir and runs the corpus scorer on it. Usage: npx tsx eval/tools/dev/people-score.ts [--show]
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { loadCorpusSitePages } from "../load-corpus-site.ts";
import { extractPeople } from "../../../src/engine/extract/contacts/index.ts";
import type { CompanyFacts } from "../../../src/engine/types.ts";

const CORPUS = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "../shared/corpus";
const show = process.argv.includes("--show");
const emptyCompany: CompanyFacts = {
  name: null, legal_name: null, legal_form: null, street: null, postal_code: null, city: null, region: null, country: null,
  phones: [], fax: null, emails: [], vat_id: null, register: null, founded: null, socials: [], description: null,
  business_type: null, description_keywords: [],
};

const outDir = mkdtempSync(join(tmpdir(), "people-pred-"));
for (const file of readdirSync(join(CORPUS, "labels")).filter((f) => f.endsWith(".json")).sort()) {
  const siteId = file.replace(/\.json$/, "");
  const label = JSON.parse(readFileSync(join(CORPUS, "labels", file), "utf8"));
  const domain: string = label.domain ?? `${siteId}.example`;
  const pages = loadCorpusSitePages(join(CORPUS, "sites", siteId), domain);
  const people = extractPeople(pages, { domain: label.domain ?? null, company: emptyCompany });
  const predicted = people.map((p) => ({ name: p.name, role: p.role, role_class: p.role_class, email: p.email, phone: p.phone }));
  writeFileSync(join(outDir, file), JSON.stringify({ people: predicted }, null, 2));
  if (show) printDiff(siteId, label.people ?? [], predicted);
}
console.log(`predictions in ${outDir}`);
try {
  console.log(execFileSync("node", [join(CORPUS, "score.mjs"), join(CORPUS, "labels"), outDir], { encoding: "utf8" }));
} catch (error) {
  console.log((error as { stdout?: string }).stdout ?? error);
}

function printDiff(siteId: string, labelled: Array<{ name: string; role_class: string }>, predicted: Array<{ name: string; role_class: string; role: string | null; email: string | null; phone: string | null }>): void {
  const key = (s: string): string => s.toLowerCase().replace(/\b(dr|prof|dipl|ing|med)\b\.?/g, "").replace(/[^a-zäöüß]+/g, " ").trim();
  const labelKeys = new Set(labelled.map((p) => key(p.name)));
  const predKeys = new Set(predicted.map((p) => key(p.name)));
  for (const p of predicted) if (!labelKeys.has(key(p.name))) console.log(`${siteId}  FP ${p.name} [${p.role}]`);
  for (const p of labelled) if (!predKeys.has(key(p.name))) console.log(`${siteId}  FN ${p.name} (${p.role_class})`);
  for (const p of predicted) {
    const l = labelled.find((x) => key(x.name) === key(p.name));
    if (l && l.role_class !== p.role_class) console.log(`${siteId}  ROLE ${p.name}: ${p.role_class} ≠ ${l.role_class} [${p.role}]`);
  }
}
