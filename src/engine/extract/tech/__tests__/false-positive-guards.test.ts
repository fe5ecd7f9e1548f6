import { describe, expect, it } from "vitest";
import { detectTechnologies } from "../index.ts";
import { isInsideVisibleText } from "../markup-match-guard.ts";
import { fixtureSet, makePage } from "./make-page.ts";

const names = (html: string) => detectTechnologies([makePage(html)], fixtureSet).map((d) => d.name);

describe("false-positive guards", () => {
  it("does not fire an html pattern on a technology name in visible prose", () => {
    const blog = "<article><h1>Why we left Shopster</h1><p>Shopster was fine, but <b>shopster</b> fees grew.</p></article>";
    expect(names(blog)).not.toContain("Shopster");
  });

  it("still fires the same html pattern on markup", () => {
    expect(names('<body class="theme-shopster"><p>Welcome</p></body>')).toContain("Shopster");
    expect(names("<!-- shopster storefront --><p>x</p>")).toContain("Shopster");
    expect(names("<script>window.shopster = {}</script>")).toContain("Shopster");
  });

  it("does not count a keyword in the path of another company's URL", () => {
    expect(names('<script src="https://agency-partner.test/js/pathlib.js"></script>')).not.toContain("Pathlib");
    expect(names('<a href="https://reviews-portal.test/shopster/top-10">Top 10</a>')).not.toContain("Shopster");
    expect(names('<link rel="stylesheet" href="https://other-company.test/shopster-theme.css">')).not.toContain("Shopster");
  });

  it("does not count a keyword inside another company's host name", () => {
    expect(names('<a href="https://shopster-experts.test/">Our agency</a>')).not.toContain("Shopster");
  });

  it("counts the same path on the site's own host, a relative URL or a public CDN", () => {
    expect(names('<script src="https://cdn.shop-owner.test/js/pathlib.js"></script>')).toContain("Pathlib");
    expect(names('<script src="js/pathlib.js"></script>')).toContain("Pathlib");
    expect(names('<script src="https://cdn.jsdelivr.net/npm/pathlib@2/pathlib.min.js"></script>')).toContain("Pathlib");
  });

  it("counts a pattern that names the technology's own host", () => {
    expect(names('<script src="https://cdn.widgetly.test/w-2.js"></script>')).toContain("Widgetly");
  });

  it("still reads markup that follows megabytes of inlined base64 images", () => {
    const picture = `<img src="data:image/jpeg;base64,${"QUJD".repeat(300_000)}">`;
    expect(names(`${picture}${picture}<script src="https://cdn.widgetly.test/w-2.js"></script>`)).toContain("Widgetly");
  });

  it("matches text patterns only against visible text, not scripts or attributes", () => {
    expect(names("<script>var s = 'Proudly built with Textmark';</script>")).not.toContain("Textmark");
    expect(names('<img alt="Proudly built with Textmark">')).not.toContain("Textmark");
  });

  it("tells visible text from code and markup", () => {
    const html = "<p>alpha</p><script>beta</script><style>gamma</style><div data-x=\"delta\">eps</div>";
    const at = (word: string) => [html.indexOf(word), html.indexOf(word) + word.length] as const;
    expect(isInsideVisibleText(html, ...at("alpha"))).toBe(true);
    expect(isInsideVisibleText(html, ...at("beta"))).toBe(false);
    expect(isInsideVisibleText(html, ...at("gamma"))).toBe(false);
    expect(isInsideVisibleText(html, ...at("delta"))).toBe(false);
    expect(isInsideVisibleText(html, ...at("eps"))).toBe(true);
  });
});
