import type { CompiledTechnology } from "./fingerprint-types.ts";
import { matchDomPatterns } from "./match-dom-patterns.ts";
import { matchHtmlPatterns } from "./match-html-patterns.ts";
import { matchKeyedPatterns, matchTextPatterns } from "./match-keyed-patterns.ts";
import { matchScriptSources } from "./match-script-sources.ts";
import type { PatternHit } from "./pattern-hit.ts";
import type { PageSignals } from "./page-signals.ts";

/** Every static pattern type of one technology against one page (`js` and `xhr` need a browser). */
export function matchTechnologyOnPage(t: CompiledTechnology, page: PageSignals): PatternHit[] {
  const hits: PatternHit[] = [
    ...matchKeyedPatterns(t.name, t.headers, page.headers, "header", page.url),
    ...matchKeyedPatterns(t.name, t.cookies, page.cookies, "cookie", page.url),
    ...matchKeyedPatterns(t.name, t.meta, page.meta, "meta", page.url),
    ...matchTextPatterns(t.name, t.url, page.url, "url", page.url),
    ...matchTextPatterns(t.name, t.scripts, page.inlineScripts, "script", page.url, page.htmlText),
    ...matchTextPatterns(t.name, t.css, page.css, "css", page.url, page.htmlText),
  ];
  if (t.scriptSrc.length > 0 && page.scriptSrc.length > 0) hits.push(...matchScriptSources(t.name, t.scriptSrc, page));
  if (t.html.length > 0) hits.push(...matchHtmlPatterns(t.name, t.html, page));
  if (t.text.length > 0) hits.push(...matchTextPatterns(t.name, t.text, page.text, "text", page.url));
  if (t.dom.length > 0) hits.push(...matchDomPatterns(t.name, t.dom, page));
  return hits;
}
