import { load, type CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import { getDomain } from "tldts";
import type { Page } from "../../types.ts";
import { collapseDataUris } from "./collapse-data-uris.ts";
import { readScriptUrls } from "./read-script-urls.ts";
import { makeSearchable, type SearchableText } from "./searchable-text.ts";

// Everything the matcher reads from one page, gathered in a single parse. Each input is capped so a
// huge page cannot make any one pattern type slow (the ReDoS guard's second half).
export const INPUT_CAPS = { html: 500_000, text: 200_000, scripts: 300_000, css: 200_000, value: 4_000 };

export interface PageSignals {
  url: string;
  /** Registrable domain of the page (e.g. example.co.uk), or its host when it has none. */
  site: string;
  $: CheerioAPI;
  html: string;
  /** Lower-cased html and its words (runs of letters, digits, `_` and `-`), for cheap "can this
   *  selector possibly match" checks. */
  htmlLower: string;
  htmlWords: Set<string>;
  /** The html prepared for the regex prefilters; inline scripts and styles are raw text inside it,
   *  so it serves their patterns' prefilters too. */
  htmlText: SearchableText;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  meta: Record<string, string[]>;
  /** Absolute URLs of external scripts (src, import maps, script preloads). */
  scriptSrc: string[];
  /** The script URLs joined by newlines (one multiline regex test rules a pattern out for all), and
   *  that prepared for the prefilters. */
  scriptSrcJoined: string;
  scriptSrcText: SearchableText;
  inlineScripts: string;
  css: string;
  /** Visible text only: no script, style or template content. */
  text: string;
}

export function readPageSignals(page: Page): PageSignals {
  const html = collapseDataUris(page.html).slice(0, INPUT_CAPS.html);
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const htmlText = makeSearchable(html);
  const scriptSrc = readScriptUrls($, page.url, INPUT_CAPS.value);
  const scriptSrcJoined = scriptSrc.join("\n");
  const inlineScripts = joinCapped($("script:not([src])").toArray().map((el) => $(el).text()), INPUT_CAPS.scripts);
  let text: string | null = null;
  return {
    url: page.url.slice(0, INPUT_CAPS.value),
    site: siteOf(page.url),
    $,
    html,
    htmlLower: htmlText.lower,
    htmlWords: htmlText.words,
    htmlText,
    headers: capValues(page.headers),
    cookies: parseSetCookie(page.headers["set-cookie"] ?? ""),
    meta: readMeta($),
    scriptSrc,
    scriptSrcJoined,
    scriptSrcText: makeSearchable(scriptSrcJoined),
    inlineScripts,
    css: joinCapped($("style").toArray().map((el) => $(el).text()), INPUT_CAPS.css),
    // Few fingerprints use `text`, and cloning the body to strip scripts is not free: read on demand.
    get text(): string {
      text ??= readVisibleText($);
      return text;
    },
  };
}

export function siteOf(url: string): string {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return getDomain(host) ?? host;
  } catch {
    return "";
  }
}

function readMeta($: CheerioAPI): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  $("meta[content]").each((_, el) => {
    const attrs = el.attribs;
    const name = (attrs.name ?? attrs.property ?? attrs["http-equiv"] ?? attrs.itemprop ?? "").toLowerCase();
    if (name) (meta[name] ??= []).push(attrs.content.slice(0, INPUT_CAPS.value));
  });
  return meta;
}

const INVISIBLE_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg", "head", "title"]);

function readVisibleText($: CheerioAPI): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (length > INPUT_CAPS.text) return;
      if (node.type === "text") {
        parts.push(node.data);
        length += node.data.length;
      } else if ("children" in node && !("name" in node && INVISIBLE_ELEMENTS.has(node.name))) {
        walk(node.children);
      }
    }
  };
  walk($.root().toArray());
  return parts.join(" ").replace(/\s+/g, " ").slice(0, INPUT_CAPS.text);
}

function parseSetCookie(header: string): Record<string, string> {
  const cookies: Record<string, string> = {};
  // Several Set-Cookie headers arrive joined by newlines or commas; a comma inside `Expires=` is not one.
  for (const line of header.split(/\n|,(?=\s*[^;,=\s]+=)/)) {
    const pair = line.split(";")[0];
    const eq = pair.indexOf("=");
    if (eq > 0) cookies[pair.slice(0, eq).trim().toLowerCase()] = pair.slice(eq + 1).trim().slice(0, INPUT_CAPS.value);
  }
  return cookies;
}

function capValues(headers: Record<string, string>): Record<string, string> {
  const capped: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) capped[name.toLowerCase()] = String(value).slice(0, INPUT_CAPS.value);
  return capped;
}

function joinCapped(parts: string[], cap: number): string {
  return parts.join("\n").slice(0, cap);
}
