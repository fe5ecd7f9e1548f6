import type { CompiledPattern } from "./fingerprint-types.ts";
import { execPattern, makeHit, type PatternHit } from "./pattern-hit.ts";
import { passesPrefilter } from "./regex-required-literals.ts";
import type { SearchableText } from "./searchable-text.ts";

// headers, cookies, meta and dns: patterns keyed by a name, each run over that name's value(s).

export function matchKeyedPatterns(
  technology: string,
  patterns: Record<string, CompiledPattern[]>,
  values: Record<string, string | string[]>,
  type: string,
  url: string,
): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const [key, list] of Object.entries(patterns)) {
    const found = values[key];
    if (found === undefined) continue;
    for (const value of Array.isArray(found) ? found : [found]) {
      for (const pattern of list) {
        const match = execPattern(pattern, value);
        // Cookie values are often session ids: the evidence names the cookie, not its value.
        const shown = type === "cookie" ? key : `${key}: ${value}`;
        if (match) hits.push(makeHit(technology, pattern, match, { type, value: shown, url }, key));
      }
    }
  }
  return hits;
}

/** Unkeyed patterns over one input (inline scripts, visible text, css, the page URL, robots.txt).
 *  With `searchable` (the input, or a text that contains it, prepared), a pattern whose required
 *  literals are absent is skipped. */
export function matchTextPatterns(
  technology: string,
  patterns: CompiledPattern[],
  input: string,
  type: string,
  url: string,
  searchable?: SearchableText,
): PatternHit[] {
  const hits: PatternHit[] = [];
  if (!input || patterns.length === 0) return hits;
  for (const pattern of patterns) {
    if (searchable && !passesPrefilter(pattern.prefilter, searchable)) continue;
    const match = pattern.regex.exec(input);
    if (match) hits.push(makeHit(technology, pattern, match, { type, value: type === "url" ? input : match[0], url }));
  }
  return hits;
}
