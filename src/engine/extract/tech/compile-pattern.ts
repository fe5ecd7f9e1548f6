import { parse as parseDomain } from "tldts";
import { boundRegexQuantifiers } from "./bound-regex-quantifiers.ts";
import type { CompiledPattern } from "./fingerprint-types.ts";
import { regexPrefilter } from "./regex-required-literals.ts";

// Wappalyzer pattern strings: a JS regex (flag i) followed by `\;version:…` / `\;confidence:N` tags.
// Identical sources share one RegExp: the community set repeats many of them.
const regexCache = new Map<string, RegExp | Error>();

/** Compiles one pattern; returns null (and reports why) when it cannot be used safely. */
export function compilePattern(raw: unknown, warn: (message: string) => void): CompiledPattern | null {
  const text = typeof raw === "number" || typeof raw === "boolean" ? String(raw) : raw;
  if (typeof text !== "string") {
    warn(`ignored a pattern that is not a string: ${JSON.stringify(raw)}`);
    return null;
  }
  const [source, ...tags] = text.split("\\;");
  const regex = compileBoundedRegex(source);
  if (regex instanceof Error) {
    warn(`skipped pattern /${source}/: ${regex.message}`);
    return null;
  }
  const attributes = parseTags(tags);
  const confidence = Number.parseInt(attributes.confidence ?? "100", 10);
  return {
    source,
    regex,
    prefilter: regexPrefilter(source),
    version: attributes.version ?? "",
    confidence: Number.isFinite(confidence) ? Math.max(0, Math.min(100, confidence)) : 100,
    anchorsOnHost: namesAHost(source),
  };
}

function compileBoundedRegex(source: string): RegExp | Error {
  const cached = regexCache.get(source);
  if (cached) return cached;
  const bounded = boundRegexQuantifiers(source);
  let compiled: RegExp | Error;
  if (bounded.nestedRepetition) {
    compiled = new Error("nested repetition can backtrack exponentially (ReDoS guard)");
  } else {
    try {
      compiled = new RegExp(bounded.source, "i");
    } catch (error) {
      compiled = error instanceof Error ? error : new Error(String(error));
    }
  }
  regexCache.set(source, compiled);
  return compiled;
}

function parseTags(tags: string[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const tag of tags) {
    const colon = tag.indexOf(":");
    if (colon > 0) attributes[tag.slice(0, colon)] = tag.slice(colon + 1);
  }
  return attributes;
}

// File extensions that look like TLDs after `\.` but name files, not hosts.
const FILE_EXTENSIONS = new Set(["js", "css", "php", "html", "htm", "json", "xml", "svg", "png", "gif", "jpg",
  "jpeg", "webp", "woff", "woff2", "ttf", "map", "min", "aspx", "asp", "jsp", "cgi", "txt", "ico", "mjs"]);

/** A regex names a host when it contains `\.tld` (e.g. `cdn\.shopify\.com`), `//name`, or a
 *  name followed by a wildcard TLD class (`google\.[a-z.]{2,6}` for every country domain). */
function namesAHost(source: string): boolean {
  if (/\/\/[a-z0-9]/i.test(source.replace(/\\\//g, "/"))) return true;
  if (/[a-z0-9]\\\.\[a-z(?:\\)?\.?\]/i.test(source)) return true;
  // `\.(?:com|js)` names a host through one of its alternatives.
  const alternatives = source.replace(/\\\.\(\?:([a-z|]+)\)/gi, (_, list: string) => list.split("|").map((a) => `\\.${a}`).join(" "));
  return hasTldSuffix(alternatives, /\\\.([a-z]{2,12})(?![a-z])/gi);
}

/** The same test for a plain string such as a CSS attribute-selector value (`cdn.shopify.com`). */
export function literalNamesAHost(literal: string): boolean {
  return literal.includes("//") || hasTldSuffix(literal, /\.([a-z]{2,12})(?![a-z])/gi);
}

// Special-use names (RFC 2606/6761) are hosts too, so fingerprints written for tests behave like real ones.
const SPECIAL_USE_TLDS = new Set(["test", "example", "invalid", "localhost"]);

function hasTldSuffix(text: string, suffixPattern: RegExp): boolean {
  for (const match of text.matchAll(suffixPattern)) {
    const suffix = match[1].toLowerCase();
    if (SPECIAL_USE_TLDS.has(suffix)) return true;
    if (!FILE_EXTENSIONS.has(suffix) && parseDomain(`example.${suffix}`).isIcann) return true;
  }
  return false;
}
