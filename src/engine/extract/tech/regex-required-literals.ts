// What a regex cannot match without: the literal runs of its top-level sequence, lower-cased (the
// fingerprints are case-insensitive), and the whole words among them. Matching checks these against
// the page's lower-cased input and its word set before it runs the regex, so most of the ~1,000
// patterns per page cost a Set lookup or a binary search instead of a scan of up to 500 kB of markup.
//
// Sound by construction: anything the parser does not fully understand (a group, a class, an escape
// it does not know) ends the current run instead of guessing, and a regex with a top-level
// alternation gets no prefilter at all. A literal's edge counts as a word boundary only when the
// regex guarantees a separator there: `\s`, a class of separators only, `^`/`$`, or a group whose
// every alternative ends (starts) with one; optional pieces with separator edges are looked through.
// Characters that only case-fold onto ASCII letters (the dotless ı, the long ſ) are not found by a
// lower-cased search; no fingerprint relies on them.

import { hasWordStartingWith, type SearchableText } from "./searchable-text.ts";

/** Lower-cased requirements: every word occurs as a whole word, every prefix begins some word, the
 *  substring occurs verbatim. Words and prefixes are sorted longest first (the rarer ones first). */
export interface RegexPrefilter {
  /** Runs of `[a-z0-9_-]` that the literal delimits on both sides (tokens of the input's word set). */
  words: string[];
  /** Runs delimited at their start only (`/cookieconsent` before an optional `.min`). */
  prefixes: string[];
  /** The longest required literal run ("" when the regex has none). */
  substring: string;
}

/** Characters the page word sets are made of; everything else separates words. */
const WORD_CHAR = /[a-z0-9_-]/i;
/** Escapes that stand for themselves (`\.`, `\/`, `\-` …). */
const LITERAL_ESCAPE = /[^a-zA-Z0-9]/;

interface Atom {
  /** The character, for a literal atom; null for anything else (class, group, `.`, anchors). */
  literal: string | null;
  min: number;
  max: number;
  /** Whatever this atom matches begins (ends) with a separator, or is the input's start (end). */
  startsWithSeparator: boolean;
  endsWithSeparator: boolean;
  /** Lookarounds and `\b`: they consume nothing, so boundary checks look through them. */
  transparent: boolean;
}

export function regexPrefilter(source: string): RegexPrefilter | null {
  if (splitAlternatives(source).length !== 1) return null;
  const atoms = parseSequence(source);
  if (!atoms) return null;
  const runs: { text: string; boundedBefore: boolean; boundedAfter: boolean }[] = [];
  let current = "";
  let boundedBefore = false;
  const close = (boundedAfter: boolean): void => {
    if (current) runs.push({ text: current.toLowerCase(), boundedBefore, boundedAfter });
    current = "";
  };
  atoms.forEach((atom, index) => {
    if (atom.literal === null || atom.min < 1) {
      close(separatorAt(atoms, index, 1, true));
      return;
    }
    if (!current) boundedBefore = separatorAt(atoms, index - 1, -1, false);
    current += atom.literal;
    // `a+`/`a{2,}`: one copy is required, but what follows may be another copy.
    if (atom.min !== 1 || atom.max !== 1) close(false);
    else if (index === atoms.length - 1) close(false);
  });
  close(false);
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const run of runs) {
    for (const segment of wordSegments(run.text, run.boundedBefore, run.boundedAfter)) {
      if (segment.boundedBefore && segment.boundedAfter) words.add(segment.word);
      else if (segment.boundedBefore) prefixes.add(segment.word);
    }
  }
  const substring = runs.reduce((best, run) => (run.text.length > best.length ? run.text : best), "");
  const longestFirst = (a: string, b: string): number => b.length - a.length;
  return { words: [...words].sort(longestFirst), prefixes: [...prefixes].sort(longestFirst), substring };
}

/** True when the input may match: the required words and word beginnings are there, and then the
 *  substring occurs (the scan of the whole input comes last, as it is the costly test). */
export function passesPrefilter(prefilter: RegexPrefilter | null, input: SearchableText): boolean {
  if (!prefilter) return true;
  for (const word of prefilter.words) if (!input.words.has(word)) return false;
  for (const prefix of prefilter.prefixes) if (!hasWordStartingWith(input, prefix)) return false;
  return prefilter.substring === "" || input.lower.includes(prefilter.substring);
}

/** Walking from `index` in `step` direction: does a separator (or the input's edge) certainly stand
 *  next to the literal? `fromRun` is true when `index` is the atom that just ended a run. */
function separatorAt(atoms: Atom[], index: number, step: 1 | -1, fromRun: boolean): boolean {
  for (let i = index; i >= 0 && i < atoms.length; i += step) {
    const atom = atoms[i];
    if (fromRun && i === index && atom.literal !== null && atom.min >= 1) return false;
    if (atom.transparent) continue;
    const edge = step === 1 ? atom.startsWithSeparator : atom.endsWithSeparator;
    if (atom.min >= 1) return edge;
    if (!edge) return false;
  }
  return false;
}

function wordSegments(text: string, boundedBefore: boolean, boundedAfter: boolean): { word: string; boundedBefore: boolean; boundedAfter: boolean }[] {
  const segments: { word: string; boundedBefore: boolean; boundedAfter: boolean }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const inWord = i < text.length && WORD_CHAR.test(text[i]);
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      segments.push({ word: text.slice(start, i), boundedBefore: start > 0 || boundedBefore, boundedAfter: i < text.length || boundedAfter });
      start = -1;
    }
  }
  return segments;
}

/** The atoms of a sequence without top-level alternation, or null when it cannot be read. */
function parseSequence(source: string): Atom[] | null {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let atom: Omit<Atom, "min" | "max"> = { literal: null, startsWithSeparator: false, endsWithSeparator: false, transparent: false };
    let quantifiable = true;
    if (c === "|" || c === ")" || c === "]") return null;
    if (c === "\\") {
      const next = source[i + 1];
      if (next === undefined) return null;
      if (LITERAL_ESCAPE.test(next)) atom = literalAtom(next);
      else if (next === "s") atom = { ...atom, startsWithSeparator: true, endsWithSeparator: true };
      else if (next === "b" || next === "B") {
        atom.transparent = true;
        quantifiable = false;
      }
      i += escapeLength(source, i);
    } else if (c === "[") {
      const end = classEnd(source, i);
      if (end < 0) return null;
      const separators = classOfSeparators(source.slice(i + 1, end));
      atom = { ...atom, startsWithSeparator: separators, endsWithSeparator: separators };
      i = end + 1;
    } else if (c === "(") {
      const end = groupEnd(source, i);
      if (end < 0) return null;
      atom = groupAtom(source.slice(i + 1, end));
      i = end + 1;
    } else if (c === "^" || c === "$") {
      atom = { ...atom, startsWithSeparator: c === "$", endsWithSeparator: c === "^" };
      quantifiable = false;
      i += 1;
    } else if (c === "." || c === "*" || c === "+" || c === "?" || c === "{") {
      // `.`, or a quantifier with nothing to repeat / a literal `{`: not a literal we rely on.
      i += 1;
    } else {
      atom = literalAtom(c);
      i += 1;
    }
    const quantifier = quantifiable ? readQuantifier(source, i) : null;
    if (quantifier) i = quantifier.end;
    atoms.push({ ...atom, min: quantifier?.min ?? 1, max: quantifier?.max ?? 1 });
  }
  return atoms;
}

function literalAtom(c: string): Omit<Atom, "min" | "max"> {
  const separator = !WORD_CHAR.test(c);
  return { literal: c, startsWithSeparator: separator, endsWithSeparator: separator, transparent: false };
}

/** A group's edges: separators only when every alternative begins (ends) with a required one. */
function groupAtom(inner: string): Omit<Atom, "min" | "max"> {
  const none = { literal: null, startsWithSeparator: false, endsWithSeparator: false, transparent: false };
  if (/^\?<?[=!]/.test(inner)) return { ...none, transparent: true };
  const content = inner.startsWith("?:") ? inner.slice(2) : inner.startsWith("?<") ? inner.slice(inner.indexOf(">") + 1) : inner;
  let starts = true;
  let ends = true;
  for (const alternative of splitAlternatives(content)) {
    const atoms = parseSequence(alternative);
    if (!atoms || atoms.length === 0) return none;
    starts &&= separatorAt(atoms, 0, 1, false);
    ends &&= separatorAt(atoms, atoms.length - 1, -1, false);
  }
  return { ...none, startsWithSeparator: starts, endsWithSeparator: ends };
}

/** A class that can only match separators: no negation, no ranges, no word characters. */
function classOfSeparators(body: string): boolean {
  if (body.startsWith("^") || body === "") return false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === "\\") {
      const next = body[i + 1] ?? "";
      if (!(next === "s" || LITERAL_ESCAPE.test(next)) || WORD_CHAR.test(next)) return false;
      i += 1;
    } else if (WORD_CHAR.test(c)) {
      return false;
    }
  }
  return true;
}

/** The top-level alternatives of a sequence (one element when it has no top-level `|`). */
function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === "\\") i += 1;
    else if (c === "[") i = Math.max(i, classEnd(source, i));
    else if (c === "(") i = Math.max(i, groupEnd(source, i));
    else if (c === "|") {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

function escapeLength(source: string, at: number): number {
  const next = source[at + 1];
  if (next === "x") return 4;
  if (next === "u") return source[at + 2] === "{" ? Math.max(3, source.indexOf("}", at) - at + 1) : 6;
  if (next === "c") return 3;
  return 2;
}

/** Index of the `]` closing the class opened at `at`, or -1. */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i += 1) {
    if (source[i] === "\\") i += 1;
    else if (source[i] === "]") return i;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `at`, or -1. */
function groupEnd(source: string, at: number): number {
  let depth = 0;
  for (let i = at; i < source.length; i += 1) {
    const c = source[i];
    if (c === "\\") i += 1;
    else if (c === "[") {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === "(") depth += 1;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

function readQuantifier(source: string, at: number): { min: number; max: number; end: number } | null {
  const c = source[at];
  let result: { min: number; max: number; end: number } | null = null;
  if (c === "?") result = { min: 0, max: 1, end: at + 1 };
  else if (c === "*") result = { min: 0, max: Infinity, end: at + 1 };
  else if (c === "+") result = { min: 1, max: Infinity, end: at + 1 };
  else if (c === "{") {
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
    if (braces) {
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] === "" ? Infinity : Number(braces[3]);
      result = { min, max, end: at + braces[0].length };
    }
  }
  if (result && source[result.end] === "?") result.end += 1;
  return result;
}
