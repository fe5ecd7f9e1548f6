import type { CompiledPattern } from "./fingerprint-types.ts";
import { makeHit, regexVariant, type PatternHit } from "./pattern-hit.ts";
import { isBundledInPlugin } from "./plugin-bundled-url.ts";
import { isCountableUrlMatch } from "./third-party-url-guard.ts";

// scriptSrc patterns run over external script URLs only. One multiline test over all of a page's
// URLs rejects most patterns at once; only a hit is re-checked URL by URL (and through the URL guard).
// A copy the site loads itself beats one a WordPress plugin ships, so that one is only the fallback.

export function matchScriptSources(
  technology: string,
  patterns: CompiledPattern[],
  sources: string[],
  joinedSources: string,
  pageUrl: string,
  pageSite: string,
): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const pattern of patterns) {
    if (!regexVariant(pattern.regex, "im").test(joinedSources)) continue;
    let bundled: PatternHit | null = null;
    for (const src of sources) {
      const match = pattern.regex.exec(src);
      if (!match) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      if (!isCountableUrlMatch(src, span, pattern.anchorsOnHost, pageSite)) continue;
      const hit = makeHit(technology, pattern, match, { type: "scriptSrc", value: src, url: pageUrl });
      if (!isBundledInPlugin(src, span)) {
        bundled = null;
        hits.push(hit);
        break;
      }
      bundled ??= { ...hit, insidePlugin: true };
    }
    if (bundled) hits.push(bundled);
  }
  return hits;
}
