import type { CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import { sharedPageDocument } from "../../parse/shared-page-document.ts";
import type { Page } from "../../types.ts";
import { documentLines, textLines } from "./text-lines.ts";
import { classifyPage, type PageKind } from "./page-kind.ts";

/** One page parsed once and shared by every firmographics extractor. */
export interface ParsedPage {
  page: Page;
  url: string;
  $: CheerioAPI;
  kind: PageKind;
  /** Visible body text as lines. */
  lines: string[];
  /** Lines inside <footer> / footer-like containers (site-wide contact blocks live here). */
  footerLines: string[];
  /** Lines inside <header> / top bars. */
  headerLines: string[];
  lang: string | null;
  title: string;
}

const FOOTER = "footer, [id*=footer i], [class*=footer i], [role=contentinfo]";
const HEADER = "header, [id*=header i], [class*=topbar i], [class*=top-bar i], [role=banner]";

export function parsePage(page: Page): ParsedPage {
  const $ = sharedPageDocument(page);
  const title = $("title").first().text().replace(/\s+/g, " ").trim();
  const lines = documentLines($);
  return {
    page,
    url: page.url,
    $,
    kind: classifyPage(page.url, title, lines, $("h1, h2").map((_, el) => $(el).text().trim()).get()),
    lines,
    footerLines: regionLines($, FOOTER),
    headerLines: regionLines($, HEADER),
    lang: ($("html").attr("lang") ?? "").trim().toLowerCase() || null,
    title,
  };
}

// Outermost matches only, so nested footer widgets are not counted twice. Every element matching the
// selector is in `matches`, so an ancestor among them is a matching ancestor: no per-element query.
function regionLines($: CheerioAPI, selector: string): string[] {
  const matches = $(selector).get();
  const matched = new Set<AnyNode>(matches);
  const nodes = matches.filter((el) => !hasAncestorIn(el, matched) && !["body", "html"].includes((el as { name?: string }).name ?? ""));
  return nodes.length ? textLines($, nodes) : [];
}

function hasAncestorIn(node: AnyNode, set: ReadonlySet<AnyNode>): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (set.has(parent)) return true;
  return false;
}
