import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { literalNamesAHost } from "./compile-pattern.ts";
import type { CompiledDomPattern, CompiledPattern } from "./fingerprint-types.ts";
import { makeHit, type PatternHit } from "./pattern-hit.ts";
import { isCountableUrlMatch } from "./third-party-url-guard.ts";

// dom patterns: CSS selectors run with cheerio over the static document. A selector on a URL
// attribute (`script[src*='widget']`) only counts elements whose URL passes the third-party guard.
const MAX_ELEMENTS = 50;
const URL_ATTRIBUTES = /\[\s*(?:href|src|action|data-src)\s*[*^$~|]?=\s*["']?([^"'\]]*)/gi;
const invalidSelectors = new Set<string>();

export interface DomContext {
  $: CheerioAPI;
  htmlLower: string;
  htmlWords: Set<string>;
  url: string;
  site: string;
}

export function matchDomPatterns(technology: string, patterns: CompiledDomPattern[], page: DomContext): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const pattern of patterns) {
    if (!mayMatch(pattern, page)) continue;
    const elements = selectCountable(pattern.selector, page);
    if (elements.length === 0) continue;
    if (pattern.exists) {
      const evidence = { type: "dom", value: pattern.selector, url: page.url };
      hits.push({ technology, pattern: `dom ${pattern.selector}`, confidence: pattern.confidence, version: "", evidence });
    }
    hits.push(...matchElementChecks(technology, pattern, elements, page));
  }
  return hits;
}

// Running ~1,500 selectors per page dominates matching time; a word-set lookup rules most out first.
function mayMatch(pattern: CompiledDomPattern, page: DomContext): boolean {
  if (invalidSelectors.has(pattern.selector)) return false;
  if (!pattern.requiredLiterals) return true;
  return pattern.requiredLiterals.some(
    ({ words, substrings }) => words.every((w) => page.htmlWords.has(w)) && substrings.every((s) => page.htmlLower.includes(s)),
  );
}

function selectCountable(selector: string, page: DomContext): Element[] {
  let elements: Element[];
  try {
    elements = page.$(selector).toArray().slice(0, MAX_ELEMENTS) as Element[];
  } catch {
    // Browser-only selector syntax that css-select cannot parse: skip it from now on.
    invalidSelectors.add(selector);
    return [];
  }
  const urlValues = [...selector.matchAll(URL_ATTRIBUTES)].map((m) => m[1]);
  if (urlValues.length === 0 || urlValues.some(literalNamesAHost)) return elements;
  return elements.filter((el) => {
    const url = el.attribs.href ?? el.attribs.src ?? el.attribs.action ?? el.attribs["data-src"] ?? "";
    return isCountableUrlMatch(url, { start: url.length, end: url.length }, false, page.site);
  });
}

function matchElementChecks(technology: string, pattern: CompiledDomPattern, elements: Element[], page: DomContext): PatternHit[] {
  const hits: PatternHit[] = [];
  const push = (p: CompiledPattern, match: RegExpExecArray | null, value: string, key: string): void => {
    if (match) hits.push(makeHit(technology, p, match, { type: "dom", value, url: page.url }, key));
  };
  for (const el of elements) {
    for (const [name, patterns] of Object.entries(pattern.attributes)) {
      const value = el.attribs[name];
      if (value === undefined) continue;
      for (const p of patterns) {
        const match = p.source === "" ? ([value] as unknown as RegExpExecArray) : p.regex.exec(value);
        const span = { start: match?.index ?? 0, end: (match?.index ?? 0) + (match?.[0].length ?? 0) };
        const guarded = !/^(?:href|src|action|data-src)$/.test(name) || isCountableUrlMatch(value, span, p.anchorsOnHost, page.site);
        if (guarded) push(p, match, `${pattern.selector} [${name}=${value}]`, `${pattern.selector} [${name}]`);
      }
    }
    if (pattern.text.length === 0) continue;
    const text = page.$(el).text().slice(0, 4_000);
    for (const p of pattern.text) push(p, p.regex.exec(text), `${pattern.selector}: ${text}`, `${pattern.selector} text`);
  }
  return hits;
}
