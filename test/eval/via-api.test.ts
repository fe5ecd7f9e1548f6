import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { defaultExtractors } from "../../src/engine/analyze/default-extractors.ts";
import { runApiEvaluation } from "../../eval/tools/api/run-api-evaluation.ts";
import { runEvaluation } from "../../eval/tools/run-evaluation.ts";

const SITES_DIR = fileURLToPath(new URL("../fixtures/sites", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "via-api-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A one-site corpus in the labels/ + sites/ layout, built from the project's own fixture site. */
function fixtureCorpus(): string {
  const corpus = join(work, "corpus");
  mkdirSync(join(corpus, "labels"), { recursive: true });
  mkdirSync(join(corpus, "sites"), { recursive: true });
  symlinkSync(join(SITES_DIR, "holzbau-lindner.de"), join(corpus, "sites", "holzbau"));
  writeFileSync(join(corpus, "labels", "holzbau.json"), JSON.stringify({ site_id: "holzbau", domain: "holzbau-lindner.de", entry: "index.html" }));
  return corpus;
}

const read = (dir: string) => JSON.parse(readFileSync(join(dir, "holzbau.json"), "utf8"));
const sorted = (items: { name?: string; title?: string }[]) => items.map((x) => x.name ?? x.title).sort();

describe("npm run eval -- --via-api", () => {
  it("predicts through the public API what the engine-level evaluation predicts", async () => {
    const corpusDir = fixtureCorpus();
    const [apiOut, engineOut] = [join(work, "api"), join(work, "engine")];
    const results = await runApiEvaluation({ corpusDir, outDir: apiOut, concurrency: 1 });
    expect(results).toEqual([{ id: "holzbau", status: "ENRICHED", reason: null }]);
    await runEvaluation({ corpusDir, outDir: engineOut, extractors: defaultExtractors, concurrency: 1 });
    const [api, engine] = [read(apiOut), read(engineOut)];

    expect(api.company).toMatchObject({ legal_name: "Holzbau Lindner GmbH", register: { number: "HRB 8841" } });
    expect(api.company.fax).not.toBeNull();
    const { description_keywords: _a, ...apiCompany } = api.company;
    const { description_keywords: _e, ...engineCompany } = engine.company;
    expect(apiCompany).toEqual(engineCompany);
    expect(sorted(api.people)).toEqual(sorted(engine.people));
    expect(sorted(api.jobs)).toEqual(sorted(engine.jobs));
    expect(sorted(api.technologies)).toEqual(sorted(engine.technologies));
  }, 180_000);
});
