// Compiled form of the Wappalyzer fingerprint format. Patterns are compiled once at load time so
// that matching a page is only regex tests and cheap lookups.
import type { RegexPrefilter } from "./regex-required-literals.ts";

/** One regex pattern with its `\;version:` and `\;confidence:` tags. */
export interface CompiledPattern {
  /** The pattern text as written, tags stripped (empty string means "present"). */
  source: string;
  regex: RegExp;
  /** What the input must contain for the regex to possibly match (null: no cheap test known). */
  prefilter: RegexPrefilter | null;
  /** Version template, e.g. `\1` or `\1?next:legacy`; empty when the pattern carries none. */
  version: string;
  confidence: number;
  /** True when the pattern names a host (e.g. `cdn\.example\.com`), so a third-party URL may match. */
  anchorsOnHost: boolean;
}

/** Lower-cased ids, classes and attribute names (whole markup words) and attribute values (substrings). */
export interface RequiredLiterals {
  words: string[];
  substrings: string[];
}

/** A DOM check: a CSS selector plus optional attribute/text patterns. */
export interface CompiledDomPattern {
  selector: string;
  /** Per comma-separated alternative, what must occur in the HTML for the selector to be worth
   *  running; null when the selector is too complex to pre-check. */
  requiredLiterals: RequiredLiterals[] | null;
  exists: boolean;
  /** From a `\;confidence:N` tag on the selector; applies to the `exists` check. */
  confidence: number;
  attributes: Record<string, CompiledPattern[]>;
  text: CompiledPattern[];
}

/** A technology named by `implies`/`excludes`/`requires`, with its tags. */
export interface TechReference {
  name: string;
  confidence: number;
  version: string;
}

export interface CompiledTechnology {
  name: string;
  slug: string;
  categoryIds: number[];
  website: string | null;
  headers: Record<string, CompiledPattern[]>;
  cookies: Record<string, CompiledPattern[]>;
  meta: Record<string, CompiledPattern[]>;
  dns: Record<string, CompiledPattern[]>;
  scriptSrc: CompiledPattern[];
  scripts: CompiledPattern[];
  html: CompiledPattern[];
  text: CompiledPattern[];
  css: CompiledPattern[];
  url: CompiledPattern[];
  robots: CompiledPattern[];
  certIssuer: CompiledPattern[];
  dom: CompiledDomPattern[];
  implies: TechReference[];
  excludes: TechReference[];
  requires: TechReference[];
  requiresCategory: number[];
  /** Count of `js`/`xhr` entries: they need a browser, so static matching ignores them. */
  ignoredDynamicPatterns: number;
}

export interface FingerprintCategory {
  id: number;
  name: string;
  priority: number;
}

/** Compiled technologies and categories, ready for `detectTechnologies`. */
export interface FingerprintSet {
  technologies: Map<string, CompiledTechnology>;
  categories: Map<number, FingerprintCategory>;
  /** Problems met while loading (unreadable files, patterns that failed to compile, risky regexes). */
  warnings: string[];
}
