import { load } from "cheerio";
import { compilePattern } from "./compile-pattern.ts";
import type { CompiledDomPattern, CompiledPattern, RequiredLiterals } from "./fingerprint-types.ts";

// `dom` is a selector, a list of selectors, or { selector: { exists, attributes, properties, text } }.
// `properties` are live DOM properties that only a browser has, so they are dropped here.

export function compileDomPatterns(raw: unknown, warn: (message: string) => void): CompiledDomPattern[] {
  return compileAll(raw, warn).filter((pattern) => {
    if (isSelectorSupported(pattern.selector)) return true;
    warn(`skipped dom selector that cheerio cannot parse: ${pattern.selector}`);
    return false;
  });
}

function compileAll(raw: unknown, warn: (message: string) => void): CompiledDomPattern[] {
  if (typeof raw === "string") return [domExists(raw)];
  if (Array.isArray(raw)) return raw.filter((s): s is string => typeof s === "string").map(domExists);
  if (!raw || typeof raw !== "object") return [];
  const compiled: CompiledDomPattern[] = [];
  for (const [taggedSelector, checks] of Object.entries(raw as Record<string, unknown>)) {
    const { selector, confidence } = splitSelectorTags(taggedSelector);
    const spec = (checks && typeof checks === "object" ? checks : {}) as Record<string, unknown>;
    const attributes: Record<string, CompiledPattern[]> = {};
    for (const [name, pattern] of Object.entries(asRecord(spec.attributes))) {
      attributes[name.toLowerCase()] = compileList(pattern, warn);
    }
    const text = spec.text === undefined ? [] : compileList(spec.text, warn);
    const hasChecks = Object.keys(attributes).length > 0 || text.length > 0;
    // A selector whose only checks are browser properties says nothing statically.
    if (!hasChecks && spec.exists === undefined && spec.properties !== undefined) continue;
    const exists = spec.exists !== undefined || !hasChecks;
    compiled.push({ selector, requiredLiterals: selectorLiterals(selector), exists, confidence, attributes, text });
  }
  return compiled;
}

function domExists(taggedSelector: string): CompiledDomPattern {
  const { selector, confidence } = splitSelectorTags(taggedSelector);
  return { selector, requiredLiterals: selectorLiterals(selector), exists: true, confidence, attributes: {}, text: [] };
}

/** Selectors may carry pattern tags too (`form#login\;confidence:40`). */
function splitSelectorTags(tagged: string): { selector: string; confidence: number } {
  const [selector, ...tags] = tagged.split("\\;");
  const tag = tags.find((t) => t.startsWith("confidence:"));
  const confidence = tag ? Number.parseInt(tag.slice("confidence:".length), 10) : 100;
  return { selector: selector.trim(), confidence: Number.isFinite(confidence) ? confidence : 100 };
}

function compileList(raw: unknown, warn: (message: string) => void): CompiledPattern[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((p) => compilePattern(p, warn)).filter((p): p is CompiledPattern => p !== null);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Ids, classes and attribute names a selector needs as words of the markup, and attribute values
 *  it needs as substrings; null when escapes or pseudo-classes make that uncertain. */
export function selectorLiterals(selector: string): RequiredLiterals[] | null {
  if (/[()\\&]/.test(selector)) return null;
  return selector.split(",").map((part) => {
    const words: string[] = [];
    const substrings: string[] = [];
    const attributes = /\[\s*([\w:-]+)\s*(?:[*^$~|]?=\s*["']?([^"'\]]*)["']?\s*(?:\s[is])?)?\]/g;
    for (const m of part.matchAll(attributes)) {
      words.push(m[1].toLowerCase());
      if (!m[2]) continue;
      substrings.push(m[2].toLowerCase());
      // Words strictly inside a substring are whole markup words too: a set lookup rules most pages out.
      words.push(...m[2].toLowerCase().split(/[^a-z0-9_-]+/).slice(1, -1).filter(Boolean));
    }
    for (const m of part.replace(attributes, " ").matchAll(/[#.]([\w-]+)/g)) words.push(m[1].toLowerCase());
    return { words, substrings };
  });
}

// css-select parses a selector before walking the document, so an empty one finds bad syntax.
const emptyDocument = load("<html></html>", { xml: { xmlMode: false } });

function isSelectorSupported(selector: string): boolean {
  try {
    emptyDocument(selector);
    return true;
  } catch {
    return false;
  }
}
