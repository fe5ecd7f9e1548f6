import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectTechnologies, loadBuiltinFingerprints, loadFingerprintDirectory, mergeFingerprintSets } from "../index.ts";
import { FIXTURES, makePage } from "./make-page.ts";

const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

describe("fingerprint loading", () => {
  it("reads the technologies/ + categories.json layout", () => {
    const set = loadFingerprintDirectory(`${FIXTURES}fingerprints`);
    expect(set.technologies.get("Acme CMS")).toMatchObject({ slug: "acme-cms", categoryIds: [1], website: "https://acme-cms.test" });
    expect(set.categories.get(1)?.name).toBe("CMS");
  });

  it("reads the repository layout with src/technologies", () => {
    const set = loadFingerprintDirectory(`${FIXTURES}layout-src`);
    expect([...set.technologies.keys()]).toEqual(["Mapper"]);
    expect(set.categories.get(7)?.name).toBe("Maps");
  });

  it("reads a flat directory, accepts single strings for lists and warns about a broken file", () => {
    const set = loadFingerprintDirectory(`${FIXTURES}layout-flat`);
    expect(set.technologies.get("Counter")?.scriptSrc).toHaveLength(1);
    expect(set.technologies.get("Counter")?.implies[0].name).toBe("Tracker Core");
    expect(set.technologies.get("Tracker Core")?.categoryIds).toEqual([8]);
    expect(set.warnings.some((w) => w.includes("broken.json"))).toBe(true);
  });

  it("warns instead of throwing for a missing directory", () => {
    const set = loadFingerprintDirectory(`${FIXTURES}no-such-dir`);
    expect(set.technologies.size).toBe(0);
    expect(set.warnings[0]).toContain("not found");
  });

  it("merges sets so technologies of both are detectable, the later set winning a clash", () => {
    const merged = mergeFingerprintSets(loadFingerprintDirectory(`${FIXTURES}layout-src`), loadFingerprintDirectory(`${FIXTURES}layout-flat`));
    expect(merged.technologies.has("Mapper") && merged.technologies.has("Counter")).toBe(true);
    const html = '<iframe src="https://mapper.test/embed?q=1"></iframe><script src="https://counter.test/c.js"></script>';
    const found = detectTechnologies([makePage(html)], merged).map((d) => d.name);
    expect(found).toEqual(expect.arrayContaining(["Mapper", "Counter", "Tracker Core"]));
  });

  it("loads the builtin set without throwing", () => {
    const set = loadBuiltinFingerprints();
    expect(set.technologies).toBeInstanceOf(Map);
    expect(loadBuiltinFingerprints()).toBe(set);
  });

  it("loads the community webappanalyzer set when it is present beside the repository", () => {
    const dir = `${REPO_ROOT}../shared/fingerprints/webappanalyzer`;
    const present = existsSync(dir);
    expect(typeof present).toBe("boolean");
    if (present) {
      const set = loadFingerprintDirectory(dir);
      expect(set.technologies.size).toBeGreaterThan(5000);
      expect(set.categories.size).toBeGreaterThan(50);
    }
  });
});
