import type { CompiledPattern } from "./fingerprint-types.ts";
import type { PageSignals } from "./page-signals.ts";
import { makeHit, regexVariant, type PatternHit } from "./pattern-hit.ts";
import { isBundledInPlugin } from "./plugin-bundled-url.ts";
import { passesPrefilter } from "./regex-required-literals.ts";
import { isCountableUrlMatch } from "./third-party-url-guard.ts";

// scriptSrc patterns run over external script URLs only. The required literals, then one multiline
// test over all of a page's URLs reject most patterns at once; only a hit is re-checked URL by URL
// (and through the URL guard).
// A copy the site loads itself beats one a WordPress plugin ships, so that one is only the fallback.

type ScriptSourceInput = Pick<PageSignals, "scriptSrc" | "scriptSrcJoined" | "scriptSrcText" | "url" | "site">;

export function matchScriptSources(technology: string, patterns: CompiledPattern[], page: ScriptSourceInput): PatternHit[] {
  const hits: PatternHit[] = [];
  const { scriptSrc: sources, scriptSrcJoined: joinedRaw, scriptSrcText: joined, url: pageUrl, site: pageSite } = page;
  for (const pattern of patterns) {
    if (!passesPrefilter(pattern.prefilter, joined)) continue;
    if (!regexVariant(pattern.regex, "im").test(joinedRaw)) continue;
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
