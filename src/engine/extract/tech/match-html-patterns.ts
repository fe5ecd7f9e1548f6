import type { CompiledPattern } from "./fingerprint-types.ts";
import { isCountableMarkupMatch } from "./markup-match-guard.ts";
import type { PageSignals } from "./page-signals.ts";
import { makeHit, regexVariant, type PatternHit } from "./pattern-hit.ts";
import { isBundledInPlugin } from "./plugin-bundled-url.ts";
import { passesPrefilter } from "./regex-required-literals.ts";
import { tokenAt } from "./third-party-url-guard.ts";

// html patterns run over the raw markup, but each match must pass the markup guard (not inside
// visible prose, not a keyword in another company's URL). The first countable match wins, unless it
// is a copy shipped inside a WordPress plugin's folder and the site also loads its own copy.
const MAX_MATCHES_TRIED = 25;

type HtmlInput = Pick<PageSignals, "html" | "htmlText" | "url" | "site">;

export function matchHtmlPatterns(technology: string, patterns: CompiledPattern[], page: HtmlInput): PatternHit[] {
  const hits: PatternHit[] = [];
  const { html, url: pageUrl, site: pageSite } = page;
  for (const pattern of patterns) {
    // Most patterns' required words are not on the page: one Set lookup instead of a regex scan.
    if (!passesPrefilter(pattern.prefilter, page.htmlText)) continue;
    const found = bestCountableMatch(pattern, html, pageSite);
    if (!found) continue;
    const hit = makeHit(technology, pattern, found.match, { type: "html", value: found.match[0], url: pageUrl });
    hits.push(found.insidePlugin ? { ...hit, insidePlugin: true } : hit);
  }
  return hits;
}

function bestCountableMatch(pattern: CompiledPattern, html: string, pageSite: string): { match: RegExpExecArray; insidePlugin: boolean } | null {
  if (!pattern.regex.test(html)) return null;
  const scanner = regexVariant(pattern.regex, "gi");
  scanner.lastIndex = 0;
  let bundled: RegExpExecArray | null = null;
  for (let tried = 0; tried < MAX_MATCHES_TRIED; tried += 1) {
    const match = scanner.exec(html);
    if (!match) break;
    const end = match.index + match[0].length;
    if (match[0].length === 0) scanner.lastIndex += 1;
    if (!isCountableMarkupMatch(html, match.index, end, pattern.anchorsOnHost, pageSite)) continue;
    if (!matchIsBundledInPlugin(html, match)) return { match, insidePlugin: false };
    bundled ??= match;
  }
  return bundled ? { match: bundled, insidePlugin: true } : null;
}

function matchIsBundledInPlugin(html: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const token = tokenAt(html, Math.max(match.index, end - 1));
  return isBundledInPlugin(token.url, { start: match.index - token.offset, end: end - token.offset });
}
