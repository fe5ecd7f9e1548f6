import type { CheerioAPI } from "cheerio";

/** Removes what never holds a posting: scripts, navigation, site header/footer chrome, form widgets. */
export function removeChrome($: CheerioAPI): void {
  $("script, style, noscript, template, svg, select, option, textarea, iframe").remove();
  $("nav, [role=navigation]").remove();
  // Consent banners; a page wrapper that merely carries a "cookie-…" state class must stay.
  $("[class*=cookie i], [id*=cookie i]")
    .filter((_, el) => !["html", "body", "main"].includes(el.tagName) && $(el).find("h1, h2").length === 0)
    .remove();
  $("header, footer")
    .filter((_, el) => $(el).parents("main, article, section").length === 0)
    .remove();
  $('[class*="menu" i]').filter((_, el) => ["ul", "ol", "div"].includes(el.tagName) && $(el).find("h1, h2, h3").length === 0).remove();
}
