import type { CompiledPattern } from "./fingerprint-types.ts";
import { isCountableMarkupMatch } from "./markup-match-guard.ts";
import { makeHit, regexVariant, type PatternHit } from "./pattern-hit.ts";
import { isBundledInPlugin } from "./plugin-bundled-url.ts";
import { tokenAt } from "./third-party-url-guard.ts";

// html patterns run over the raw markup, but each match must pass the markup guard (not inside
// visible prose, not a keyword in another company's URL). The first countable match wins.
const MAX_MATCHES_TRIED = 25;

export function matchHtmlPatterns(technology: string, patterns: CompiledPattern[], html: string, pageUrl: string, pageSite: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const pattern of patterns) {
    const match = firstCountableMatch(pattern, html, pageSite);
    if (!match) continue;
    const hit = makeHit(technology, pattern, match, { type: "html", value: match[0], url: pageUrl });
    if (matchIsBundledInPlugin(html, match)) hit.insidePlugin = true;
    hits.push(hit);
  }
  return hits;
}

function firstCountableMatch(pattern: CompiledPattern, html: string, pageSite: string): RegExpExecArray | null {
  if (!pattern.regex.test(html)) return null;
  const scanner = regexVariant(pattern.regex, "gi");
  scanner.lastIndex = 0;
  for (let tried = 0; tried < MAX_MATCHES_TRIED; tried += 1) {
    const match = scanner.exec(html);
    if (!match) return null;
    const end = match.index + match[0].length;
    if (isCountableMarkupMatch(html, match.index, end, pattern.anchorsOnHost, pageSite)) return match;
    if (match[0].length === 0) scanner.lastIndex += 1;
  }
  return null;
}

function matchIsBundledInPlugin(html: string, match: RegExpExecArray): boolean {
  const end = match.index + match[0].length;
  const token = tokenAt(html, Math.max(match.index, end - 1));
  return isBundledInPlugin(token.url, { start: match.index - token.offset, end: end - token.offset });
}
