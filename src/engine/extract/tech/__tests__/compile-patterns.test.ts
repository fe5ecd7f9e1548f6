import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../index.ts";
import { boundRegexQuantifiers } from "../bound-regex-quantifiers.ts";
import { compilePattern } from "../compile-pattern.ts";
import { resolveVersion } from "../resolve-version.ts";
import { fixtureSet, makePage } from "./make-page.ts";

const compile = (raw: string) => compilePattern(raw, () => undefined);

describe("pattern compilation", () => {
  it("bounds unbounded quantifiers but leaves escaped and class characters alone", () => {
    expect(boundRegexQuantifiers("a+b*c{2,}d{1,3}").source).toBe("a{1,250}b{0,250}c{2,250}d{1,3}");
    expect(boundRegexQuantifiers("x\\+y[+*]z+?").source).toBe("x\\+y[+*]z{1,250}?");
  });

  it("flags nested repetition that can backtrack exponentially, not separated repetition", () => {
    expect(boundRegexQuantifiers("(a+)+b").nestedRepetition).toBe(true);
    expect(boundRegexQuantifiers("(.+\\.)+$").nestedRepetition).toBe(true);
    expect(boundRegexQuantifiers("(?:\\d+\\.)+\\d+").nestedRepetition).toBe(false);
    expect(boundRegexQuantifiers("(?:[^/]+/)*app\\.js").nestedRepetition).toBe(false);
  });

  it("reads version and confidence tags and compiles case-insensitively", () => {
    const pattern = compile("lib-([\\d.]+)\\.js\\;version:\\1\\;confidence:40");
    expect(pattern).toMatchObject({ source: "lib-([\\d.]+)\\.js", version: "\\1", confidence: 40 });
    expect(pattern?.regex.test("LIB-2.0.JS")).toBe(true);
  });

  it("resolves versions, ternaries and drops over-long captures", () => {
    const exec = (re: RegExp, s: string) => re.exec(s) as RegExpExecArray;
    expect(resolveVersion("\\1", exec(/v(\d+)/, "v12"))).toBe("12");
    expect(resolveVersion("\\1?pro:free", exec(/app(-pro)?\.js/, "app-pro.js"))).toBe("pro");
    expect(resolveVersion("\\1?pro:free", exec(/app(-pro)?\.js/, "app.js"))).toBe("free");
    expect(resolveVersion("\\1.\\2", exec(/(\d+)_(\d+)/, "3_7"))).toBe("3.7");
    expect(resolveVersion("\\1", exec(/v=(\w+)/, "v=abcdefghijklmnop"))).toBe("");
  });

  it("treats a name with a wildcard TLD class as naming a host, but not a file-name pattern", () => {
    expect(compile("/(?:www\\.)?google\\.[a-z.]{2,6}/maps/embed")?.anchorsOnHost).toBe(true);
    expect(compile("hostinger\\.[a-z]+")?.anchorsOnHost).toBe(true);
    expect(compile("/jquery[.-]\\d")?.anchorsOnHost).toBe(false);
  });

  it("skips a pattern that does not compile with a warning, keeping the technology's other patterns", () => {
    const warnings: string[] = [];
    expect(compilePattern("(unclosed", (m) => warnings.push(m))).toBeNull();
    expect(warnings[0]).toContain("(unclosed");
    expect(fixtureSet.warnings.some((w) => w.includes("Broken Regex"))).toBe(true);
    const found = detectTechnologies([makePage('<script src="/broken-but-alive.js"></script>')], fixtureSet);
    expect(found.map((d) => d.name)).toContain("Broken Regex");
  });

  it("refuses a nested-repetition pattern at load time (ReDoS guard)", () => {
    expect(fixtureSet.warnings.some((w) => w.includes("Nested Repeat") && w.includes("ReDoS"))).toBe(true);
  });

  it("finishes fast on a pathological input for a bounded pattern", () => {
    const pattern = compile("<div[^>]+class=\"[^\"]*x[^\"]*y[^\"]*z\"");
    const hostile = `<div class="${"x".repeat(400_000)}`;
    const started = performance.now();
    pattern?.regex.test(hostile);
    const html = `<html><body><div class="${"a".repeat(2_000_000)}</body></html>`;
    detectTechnologies([makePage(html)], fixtureSet);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
