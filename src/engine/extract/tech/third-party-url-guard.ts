import { getDomain } from "tldts";

// False-positive guard for URL evidence. A keyword in the path of a URL on ANOTHER company's host
// (`https://agency.example/wp-content/x.js`, `https://shopify-fans.example/`) says nothing about this
// site, so such a match counts only when the pattern itself names a host (`cdn\.shopify\.com`) and
// the match touches that host at a label boundary. URLs on the page's own site count as usual, and so
// do public library CDNs and asset proxies, which serve whatever library the site chose to load.

const NEUTRAL_SITES = new Set([
  "jsdelivr.net", "cdnjs.cloudflare.com", "cloudflare.com", "unpkg.com", "googleapis.com", "jquery.com",
  "bootstrapcdn.com", "aspnetcdn.com", "staticfile.org", "bootcdn.net", "cloudfront.net", "akamaihd.net",
  "b-cdn.net", "azureedge.net", "fastly.net", "wp.com", "gstatic.com", "jsdelivr.com", "esm.sh", "skypack.dev",
]);

export interface MatchSpan {
  /** Offset of the match inside `url`; negative when the match began before the URL (in markup). */
  start: number;
  end: number;
}

export function isCountableUrlMatch(url: string, span: MatchSpan, anchorsOnHost: boolean, pageSite: string): boolean {
  const host = hostSpan(url);
  if (!host || !pageSite) return true;
  const hostName = url.slice(host.start, host.end).toLowerCase().replace(/:\d+$/, "");
  const site = getDomain(hostName) ?? hostName;
  if (site === pageSite || NEUTRAL_SITES.has(site)) return true;
  if (!anchorsOnHost) return false;
  const touchesHost = span.start < host.end && span.end > host.start;
  const startsAtLabel = span.start <= host.start || url[span.start - 1] === ".";
  return touchesHost && startsAtLabel;
}

/** Where the host of an absolute (or protocol-relative) URL sits in the string; null for relative. */
function hostSpan(url: string): { start: number; end: number } | null {
  const scheme = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.exec(url);
  if (!scheme) return null;
  const start = scheme[0].length;
  const rest = url.slice(start);
  const stop = rest.search(/[/?#"'\s]/);
  const end = start + (stop < 0 ? rest.length : stop);
  return end > start ? { start, end } : null;
}

/** The URL-like token of `html` that contains `position`, with its start offset. */
export function urlTokenAt(html: string, position: number): { url: string; offset: number } | null {
  const token = tokenAt(html, position);
  return /^(?:https?:)?\/\/[^/]/i.test(token.url) ? token : null;
}

/** The run of non-delimiter characters around `position` (an absolute or relative URL in markup). */
export function tokenAt(html: string, position: number): { url: string; offset: number } {
  const delimiters = /["'\s<>()=,]/;
  let start = position;
  while (start > 0 && !delimiters.test(html[start - 1]) && position - start < 2_000) start -= 1;
  let end = position;
  while (end < html.length && !delimiters.test(html[end]) && end - position < 2_000) end += 1;
  return { url: html.slice(start, end), offset: start };
}
