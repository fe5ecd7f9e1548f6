import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { corpusIndexCsv } from "../../eval/tools/discovery/corpus-index-csv.ts";
import { runDiscoveryEvaluation } from "../../eval/tools/discovery/run-discovery-evaluation.ts";
import { readCorpusSites } from "../../eval/tools/read-corpus-sites.ts";

const SITES_DIR = fileURLToPath(new URL("../fixtures/sites", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "discovery-eval-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A two-site corpus from the project's fixture sites, labelled with their industry and country. */
function fixtureCorpus(): string {
  const corpus = join(work, "corpus");
  mkdirSync(join(corpus, "labels"), { recursive: true });
  mkdirSync(join(corpus, "sites"), { recursive: true });
  const sites = [
    { id: "holzbau", domain: "holzbau-lindner.de", company: { name: "Holzbau Lindner", city: "Freiburg", country: "DE", industry: { nace_section: "F", nace_division: "43" } } },
    { id: "brightpath", domain: "brightpath-analytics.co.uk", company: { name: "BrightPath Analytics", city: "Manchester", country: "GB", industry: { nace_section: "J", nace_division: "62" } } },
  ];
  for (const site of sites) {
    symlinkSync(join(SITES_DIR, site.domain), join(corpus, "sites", site.id));
    writeFileSync(join(corpus, "labels", `${site.id}.json`), JSON.stringify({ site_id: site.id, domain: site.domain, entry: "index.html", company: site.company }));
  }
  return corpus;
}

describe("npm run eval:discovery", () => {
  it("imports the corpus without its industries", () => {
    const corpus = fixtureCorpus();
    const { csv, labelled } = corpusIndexCsv(corpus, readCorpusSites(corpus));
    expect(csv.split("\n")[0]).toBe("source_id,name,website,city,country");
    expect(csv).not.toMatch(/\b43\b|Construction/);
    expect(labelled).toContainEqual({ siteId: "holzbau", country: "DE", nace_section: "F", nace_division: "43" });
  });

  it("runs a DISCOVERY order per ICP through the API and grades the delivered companies against the labels", async () => {
    const outcomes = await runDiscoveryEvaluation({
      corpusDir: join(work, "corpus"),
      concurrency: 2,
      icps: [
        { text: "Handwerksbetriebe am Bau in Deutschland", nace: ["F"], countries: ["DE"] },
        { text: "Steuerberater und Kanzleien in Deutschland", nace: ["69"], countries: ["DE"] },
      ],
    });
    expect(outcomes[0]).toMatchObject({ expected: ["holzbau"], briefing_quantity: 2, delivered: ["holzbau"], precision: 1, recall: 1 });
    // nothing expected, nothing to deliver: both figures undefined, and the order says why it fell short
    expect(outcomes[1]).toMatchObject({ expected: [], briefing_quantity: 1, delivered: [], precision: null, recall: null });
    expect(outcomes[1]!.message).toMatch(/Delivered 0 of 1/);
  }, 180_000);
});
