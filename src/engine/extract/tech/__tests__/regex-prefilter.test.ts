import { describe, expect, it } from "vitest";
import { passesPrefilter, regexPrefilter } from "../regex-required-literals.ts";
import { makeSearchable } from "../searchable-text.ts";

// The prefilter may let through an input the regex then rejects, but must never reject an input the
// regex matches: every case below checks both directions against the real regex.
function agrees(source: string, inputs: string[]): void {
  const prefilter = regexPrefilter(source);
  const regex = new RegExp(source, "i");
  for (const input of inputs) {
    if (regex.test(input)) expect(passesPrefilter(prefilter, makeSearchable(input)), `${source} on ${input}`).toBe(true);
  }
}

describe("regexPrefilter", () => {
  it("finds whole words where the regex guarantees separators, word beginnings where only the start is", () => {
    expect(regexPrefilter("cdn\\.tailwindcss\\.com")).toEqual({ words: ["tailwindcss"], prefixes: ["com"], substring: "cdn.tailwindcss.com" });
    expect(regexPrefilter("<[a-z]{1,250}[^>]{0,200}\\sdata-aos=[\"']")).toMatchObject({ words: ["data-aos"], substring: "data-aos=" });
    // An optional `…/` group or a quote both end in a separator; `.min` is optional but starts with one.
    expect(regexPrefilter("href=[\"'](?:[^\"'\\s]*/)?fancybox(?:\\.min)?\\.css")).toMatchObject({ words: ["fancybox"] });
    // `[.-]` may continue the word (`jquery-3`), so jquery is only a beginning.
    expect(regexPrefilter("(?:^|/)jquery[.-]([\\d.]*\\d)\\.js")).toMatchObject({ words: [], prefixes: expect.arrayContaining(["jquery"]) });
  });

  it("gives up on top-level alternation and claims nothing at unguarded edges", () => {
    expect(regexPrefilter("foo|bar")).toBeNull();
    expect(regexPrefilter("\\bwp-content/x")).toMatchObject({ words: [], prefixes: ["x"] });
    expect(regexPrefilter("a+b")).toEqual({ words: [], prefixes: [], substring: "a" });
    expect(regexPrefilter("x(?=abc)def")).toEqual({ words: [], prefixes: [], substring: "def" });
    expect(regexPrefilter("[a-z]+")).toEqual({ words: [], prefixes: [], substring: "" });
  });

  it("never rejects an input the regex matches", () => {
    agrees("href=[\"'](?:[^\"'\\s]*/)?fancybox(?:\\.min)?\\.css", ['href="fancybox.css"', "href='/a/b/FancyBox.min.css'", 'href="x-fancybox.css"']);
    agrees("(?:^|/)jquery[.-]([\\d.]*\\d)(?:\\.min)?\\.js", ["/js/jquery-3.6.0.min.js", "jquery.1.js", "https://x.test/jQuery-1.12.4.js?v=1"]);
    agrees("cdn\\.tailwindcss\\.com", ["https://cdn.tailwindcss.com/?plugins=forms", "xcdn.tailwindcss.community"]);
    agrees("\\swire:id=[\"']", ['<div wire:id="a">', "<div\twire:id='a'>"]);
    agrees("^https?://[^/]+\\.netlify\\.app/", ["https://acme.netlify.app/about"]);
    agrees("a+b", ["aaab"]);
  });

  it("rejects inputs that lack a required word, beginning or substring", () => {
    const prefilter = regexPrefilter("cdn\\.tailwindcss\\.com");
    expect(passesPrefilter(prefilter, makeSearchable("tailwindcss is great"))).toBe(false);
    expect(passesPrefilter(prefilter, makeSearchable("https://cdn.tailwindcss-mirror.com/"))).toBe(false);
    expect(passesPrefilter(prefilter, makeSearchable("see cdn.tailwindcss.com"))).toBe(true);
  });
});
