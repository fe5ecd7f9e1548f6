import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyCompany, type ExtractorSet } from "../../../src/engine/analyze/index.ts";
import type { Page } from "../../../src/engine/types.ts";
import { runEvaluation } from "../run-evaluation.ts";

let corpus: string;
let out: string;

function write(path: string, content: string): void {
  mkdirSync(dirname(join(corpus, path)), { recursive: true });
  writeFileSync(join(corpus, path), content);
}

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), "eval-corpus-"));
  out = mkdtempSync(join(tmpdir(), "eval-out-"));
  write("labels/shop.json", JSON.stringify({ domain: "baeckerei-korn.de", entry: "index.html", company: { name: "SECRET ANSWER" } }));
  write("sites/shop/index.html", '<html lang="de"><nav><a href="/impressum">Impressum</a><a href="https://baeckerei-korn.de/kontakt/">Kontakt</a></nav></html>');
  write("sites/shop/impressum.html", "<h1>Impressum</h1><p>Bäckerei Korn GmbH</p>");
  write("sites/shop/kontakt/index.html", "<h1>Kontakt</h1>");
  write("labels/club.json", JSON.stringify({ domain: null, entry: "docs/index.html" }));
  write("sites/club/docs/index.html", '<a href="/club/verein.html">Verein</a>');
  write("sites/club/docs/verein.html", "<h1>Verein</h1>");
});
afterAll(() => {
  rmSync(corpus, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

const extractors: ExtractorSet = {
  extractCompany: (pages: Page[], { domain }) => ({ company: { ...emptyCompany(), name: `${domain} (${pages.length} pages)` }, observations: [] }),
  extractPeople: () => [],
  extractJobs: () => [],
  fetchAtsJobs: async () => [],
  loadBuiltinFingerprints: () => null,
  detectTechnologies: () => [{ name: "Hugo", slug: "hugo", categories: [], version: null, confidence: 100, evidence: [{ type: "meta", value: "generator Hugo", url: "x" }] }],
};

describe("runEvaluation", () => {
  it("serves each site as its own host through the proxy and writes label-shaped predictions", async () => {
    const runs = await runEvaluation({ corpusDir: corpus, outDir: out, extractors, concurrency: 2 });
    expect(runs.map((r) => [r.id, r.pages])).toEqual([["club", 2], ["shop", 3]]);
    const shop = JSON.parse(readFileSync(join(out, "shop.json"), "utf8"));
    expect(shop).toMatchObject({ site_id: "shop", domain: "baeckerei-korn.de", company: { name: "baeckerei-korn.de (3 pages)" }, people: [], jobs: [] });
    expect(shop.technologies).toEqual([{ name: "Hugo", evidence: "meta generator Hugo" }]);
    const club = JSON.parse(readFileSync(join(out, "club.json"), "utf8"));
    expect(club.company.name).toBe("club.example (2 pages)");
    const crawlLog = JSON.parse(readFileSync(join(out, "crawl", "shop.json"), "utf8"));
    expect(crawlLog.pages).toEqual(expect.arrayContaining(["http://baeckerei-korn.de/impressum", "http://baeckerei-korn.de/kontakt/"]));
  });

  it("filters by site id and can run the crawl alone", async () => {
    const crawlOnlyOut = mkdtempSync(join(tmpdir(), "eval-crawl-"));
    const runs = await runEvaluation({ corpusDir: corpus, outDir: crawlOnlyOut, extractors: null, siteIds: ["shop"] });
    expect(runs.map((r) => r.id)).toEqual(["shop"]);
    expect(() => readFileSync(join(crawlOnlyOut, "shop.json"))).toThrow();
    rmSync(crawlOnlyOut, { recursive: true, force: true });
  });
});
