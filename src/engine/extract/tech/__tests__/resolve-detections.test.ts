import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../index.ts";
import { fixtureSet, makePage } from "./make-page.ts";

const names = (html: string) => detectTechnologies([makePage(html)], fixtureSet).map((d) => d.name);

describe("detectTechnologies resolution", () => {
  it("sums confidence per technology across patterns and pages, capped at 100", () => {
    const one = detectTechnologies([makePage('<i class="confident-a"></i>')], fixtureSet);
    expect(one.find((d) => d.name === "Confident")?.confidence).toBe(30);
    const two = detectTechnologies([makePage('<i class="confident-a"></i><i class="confident-b"></i>')], fixtureSet);
    expect(two.find((d) => d.name === "Confident")?.confidence).toBe(60);
    const pages = [makePage('<i class="confident-a"></i><script>confidentBoot()</script>'), makePage('<i class="confident-b"></i>')];
    expect(detectTechnologies(pages, fixtureSet).find((d) => d.name === "Confident")?.confidence).toBe(100);
  });

  it("adds implied technologies with the implies confidence tag and 'implied' evidence", () => {
    const found = detectTechnologies([makePage('<meta name="generator" content="Acme CMS 2">')], fixtureSet);
    const implied = found.find((d) => d.name === "Hypertext Preprocessor");
    expect(implied).toMatchObject({ confidence: 50, version: null, categories: ["Programming languages"] });
    expect(implied?.evidence).toEqual([{ type: "implied", value: "Acme CMS", url: "https://www.shop-owner.test/" }]);
  });

  it("keeps a directly detected technology's own evidence over an implication", () => {
    const page = makePage('<meta name="generator" content="Acme CMS">', { headers: { "x-powered-by": "HPP/8.1" } });
    const hpp = detectTechnologies([page], fixtureSet).find((d) => d.name === "Hypertext Preprocessor");
    expect(hpp).toMatchObject({ confidence: 100, version: "8.1" });
    expect(hpp?.evidence[0].type).toBe("header");
  });

  it("drops what a detected technology excludes", () => {
    expect(names('<div class="oldlib-x"></div>')).toContain("Old Lib");
    expect(names('<div class="oldlib-x"></div><script src="/newlib.js"></script>')).toEqual(expect.arrayContaining(["New Lib"]));
    expect(names('<div class="oldlib-x"></div><script src="/newlib.js"></script>')).not.toContain("Old Lib");
  });

  it("tries a technology with requires only when what it requires is detected", () => {
    expect(names('<span class="acme-addon-marker"></span>')).not.toContain("Acme Addon");
    expect(names('<meta name="generator" content="Acme CMS"><span class="acme-addon-marker"></span>')).toContain("Acme Addon");
  });

  it("tries a technology with requiresCategory only when that category is detected", () => {
    expect(names('<script src="/basket-plugin.js"></script>')).not.toContain("Basket Plugin");
    expect(names('<link rel="stylesheet" href="/css/shopster-theme.css"><script src="/basket-plugin.js"></script>')).toEqual(
      expect.arrayContaining(["Shopster", "Basket Plugin"]),
    );
  });

  it("returns detections sorted by confidence, then name", () => {
    const found = detectTechnologies([makePage('<meta name="generator" content="Acme CMS"><i class="confident-a"></i>')], fixtureSet);
    const confidences = found.map((d) => d.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it("returns nothing for no pages", () => {
    expect(detectTechnologies([], fixtureSet)).toEqual([]);
  });
});
