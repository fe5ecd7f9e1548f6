import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The held-out corpus is only labels + a manifest; a label that drifts from its manifest line (or from the
// shared schema) would silently drop a site from the rebuilt corpus or the score.
const corpusDir = join(import.meta.dirname, "../../eval/corpus");
const manifest = readFileSync(join(corpusDir, "manifest.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { site_id: string; repo: string; commit: string; root?: string; files: string[] });
const labelFiles = readdirSync(join(corpusDir, "labels")).filter((name) => name.endsWith(".json"));
const roleClasses = ["owner", "managing_director", "executive", "manager", "employee", "content_responsible", "other"];

describe("own held-out corpus", () => {
  it("has one manifest line per label file and no duplicates", () => {
    expect(manifest.map((entry) => `${entry.site_id}.json`).sort()).toEqual([...labelFiles].sort());
    expect(new Set(manifest.map((entry) => entry.site_id)).size).toBe(manifest.length);
  });

  for (const entry of manifest) {
    it(`${entry.site_id}: label matches its manifest line and the shared schema`, () => {
      const label = JSON.parse(readFileSync(join(corpusDir, "labels", `${entry.site_id}.json`), "utf8"));
      expect(label.site_id).toBe(entry.site_id);
      expect(label.source).toMatchObject({ repo: entry.repo, commit: entry.commit, files: entry.files });
      expect(entry.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.files).toContain(label.entry);
      for (const file of entry.files) expect(file).not.toMatch(/(^|\/)\.\.(\/|$)|^\//);
      expect(label.company.industry.nace_section).toMatch(/^[A-U]$/);
      expect(label.company.industry.nace_division).toMatch(/^\d\d$/);
      for (const person of label.people) expect(roleClasses).toContain(person.role_class);
      expect(Array.isArray(label.jobs) && Array.isArray(label.technologies)).toBe(true);
    });
  }
});
