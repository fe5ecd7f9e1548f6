import { load } from "cheerio";
import { cleanLinkUrl } from "./normalize-url.ts";
import type { LinkCandidate } from "./score-link.ts";

const NAVIGATION = "nav, header, footer, [role=navigation], [role=contentinfo], #nav, #menu, #footer, #header, .nav, .navbar, .menu, .footer, .header";

/** Every followable link of a page with its visible label and whether it sits in navigation. */
export function extractLinks(html: string, pageUrl: string): LinkCandidate[] {
  const $ = load(html);
  const baseHref = $("base[href]").first().attr("href");
  const base = baseHref ? (cleanLinkUrl(baseHref, pageUrl) ?? pageUrl) : pageUrl;
  const links: LinkCandidate[] = [];
  $("a[href], area[href]").each((_, element) => {
    const anchor = $(element);
    const url = cleanLinkUrl(anchor.attr("href") ?? "", base);
    if (!url) return;
    const label = [anchor.text(), anchor.attr("title"), anchor.attr("aria-label"), anchor.find("img[alt]").attr("alt")]
      .filter(Boolean)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    links.push({ url, text: label, inNavigation: anchor.closest(NAVIGATION).length > 0 });
  });
  // Client-side includes (w3-include-html and similar) hold the menu and footer of some static sites.
  $("[w3-include-html], [data-include], [include]").each((_, element) => {
    const node = $(element);
    const target = node.attr("w3-include-html") ?? node.attr("data-include") ?? node.attr("include") ?? "";
    const url = /\.(html?|shtml|php)$/i.test(target) ? cleanLinkUrl(target, base) : null;
    if (url) links.push({ url, text: "", inNavigation: true, linkBase: pageUrl });
  });
  return links;
}
