import { foldWords } from "./normalize-words.ts";

/**
 * One lexicon term compiled for matching. Term syntax (per word): `zahnarzt*` may continue
 * (Zahnarztpraxis), `*kanzlei` may be the tail of a compound (Steuerkanzlei), `*bau*` both; a plain
 * word matches itself with common plural/inflection endings (Kanzlei → Kanzleien, practice → practices).
 */
export interface CompiledTerm<T> {
  /** The term as written in the lexicon, without weight. */
  text: string;
  words: TermWord[];
  payload: T;
}

export interface TermWord {
  stem: string;
  prefix: boolean;
  tail: boolean;
}

export interface TermHit<T> {
  term: CompiledTerm<T>;
  /** Index of the first matched word and number of words. */
  start: number;
  length: number;
  /** The matched words as they appear (folded). */
  matched: string;
}

const ENDINGS = ["s", "es", "e", "en", "n", "er", "ern", "in", "innen", "nen", "ies", "x"];
const VOWEL_ENDINGS = ["a", "e", "i", "o", "s", "es", "en", "n"];

function compileWord(raw: string): TermWord {
  const prefix = raw.endsWith("*");
  const tail = raw.startsWith("*");
  return { stem: raw.replace(/\*/g, ""), prefix, tail };
}

export function compileTerm<T>(text: string, payload: T): CompiledTerm<T> | null {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  const words: TermWord[] = [];
  for (const part of parts) {
    const folded = foldWords(part.replace(/\*/g, " ")).join("");
    if (!folded) continue;
    words.push(compileWord((part.startsWith("*") ? "*" : "") + folded + (part.endsWith("*") ? "*" : "")));
  }
  return words.length ? { text: text.trim(), words, payload } : null;
}

function inflects(stem: string, word: string): boolean {
  if (word === stem) return true;
  if (word.startsWith(stem) && ENDINGS.includes(word.slice(stem.length))) return true;
  // Romance plurals replace the final vowel: ristorante → ristoranti, pizzeria → pizzerie.
  if (stem.length > 4 && /[aeiou]$/.test(stem)) {
    const base = stem.slice(0, -1);
    if (word.startsWith(base) && VOWEL_ENDINGS.includes(word.slice(base.length))) return true;
  }
  return stem.endsWith("y") && word === `${stem.slice(0, -1)}ies`;
}

export function wordMatches(term: TermWord, word: string): boolean {
  if (term.prefix && term.tail) return word.includes(term.stem);
  if (term.prefix) return word.startsWith(term.stem);
  if (term.tail) return word.endsWith(term.stem) || inflectedTail(term.stem, word);
  return inflects(term.stem, word);
}

function inflectedTail(stem: string, word: string): boolean {
  const at = word.lastIndexOf(stem);
  return at > 0 && inflects(stem, word.slice(at));
}

const KEY_LENGTH = 4;

/** A set of terms indexed by the start of their first word, for scanning long texts quickly. */
export class TermMatcher<T> {
  private readonly byKey = new Map<string, CompiledTerm<T>[]>();
  private readonly tails: CompiledTerm<T>[] = [];

  constructor(terms: Iterable<CompiledTerm<T>>) {
    for (const term of terms) {
      const first = term.words[0];
      if (first.tail) {
        this.tails.push(term);
        continue;
      }
      const key = first.stem.slice(0, KEY_LENGTH);
      const bucket = this.byKey.get(key) ?? [];
      bucket.push(term);
      this.byKey.set(key, bucket);
    }
  }

  /** Every term occurrence in the words, longest first where occurrences overlap. */
  find(words: string[]): TermHit<T>[] {
    const hits: TermHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const term of this.candidates(words[i])) {
        if (this.matchesAt(term, words, i)) {
          hits.push({ term, start: i, length: term.words.length, matched: words.slice(i, i + term.words.length).join(" ") });
        }
      }
    }
    return keepLongest(hits);
  }

  private *candidates(word: string): Iterable<CompiledTerm<T>> {
    for (let k = 1; k <= Math.min(KEY_LENGTH, word.length); k++) yield* this.byKey.get(word.slice(0, k)) ?? [];
    yield* this.tails;
  }

  private matchesAt(term: CompiledTerm<T>, words: string[], at: number): boolean {
    if (at + term.words.length > words.length) return false;
    return term.words.every((w, j) => wordMatches(w, words[at + j]));
  }
}

// Overlapping hits: the term covering more words wins, then the longer written term ("zahnarztekammer"
// over "*arztekammer"), so a specific phrase is never counted again as its generic part.
function keepLongest<T>(hits: TermHit<T>[]): TermHit<T>[] {
  const ranked = [...hits].sort((a, b) => b.length - a.length || specificity(b) - specificity(a) || a.start - b.start);
  const taken = new Set<number>();
  const kept: TermHit<T>[] = [];
  for (const hit of ranked) {
    const span = Array.from({ length: hit.length }, (_, j) => hit.start + j);
    if (span.some((i) => taken.has(i)) && !sameSpanSameText(kept, hit)) continue;
    span.forEach((i) => taken.add(i));
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function specificity<T>(hit: TermHit<T>): number {
  return hit.term.words.reduce((sum, w) => sum + w.stem.length, 0);
}

// The same written term may stand in the lexicon for several codes (e.g. a word that means two trades);
// every entry of that exact term is kept.
function sameSpanSameText<T>(kept: TermHit<T>[], hit: TermHit<T>): boolean {
  return kept.some((k) => k.start === hit.start && k.length === hit.length && k.term.text === hit.term.text);
}
