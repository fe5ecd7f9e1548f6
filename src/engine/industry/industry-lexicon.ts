import { CHAMBER_TERMS } from "./industry-chambers.ts";
import { GOODS_TERMS } from "./industry-terms-goods.ts";
import { ROMANCE_DUTCH_TERMS } from "./industry-terms-romance.ts";
import { SERVICE_TERMS } from "./industry-terms-services.ts";
import { LEXICON_LANGUAGES, type LexiconEntry, type LexiconLanguage } from "./lexicon-entry.ts";
import { type NaceCode } from "./nace-taxonomy.ts";
import { foldWords } from "./normalize-words.ts";
import { compileTerm, TermMatcher, type CompiledTerm } from "./term-matcher.ts";

export type { LexiconEntry, LexiconLanguage } from "./lexicon-entry.ts";

/** What one lexicon term says: this NACE code, with this weight, in this language. */
export interface IndustryTerm {
  code: NaceCode;
  weight: number;
  language: LexiconLanguage;
  kind: "keyword" | "chamber" | "sector";
}

/** One place a lexicon term occurs in a text. */
export interface IndustryTermHit extends IndustryTerm {
  /** The lexicon term as written (with wildcards). */
  term: string;
  /** The words of the text that matched, folded (lower case, no diacritics). */
  matched: string;
  /** Word index of the match in the folded text. */
  position: number;
}

/** Every industry vocabulary entry: general terms of each trade plus chambers and registers. */
export const INDUSTRY_LEXICON: readonly LexiconEntry[] = [...GOODS_TERMS, ...SERVICE_TERMS, ...ROMANCE_DUTCH_TERMS, ...CHAMBER_TERMS];

// A term written the same way in several languages (restaurant, hotel) is one term: the first
// language that lists it names it, and it keeps the highest weight any entry gives it for that code.
function compileEntries(entries: readonly LexiconEntry[]): CompiledTerm<IndustryTerm>[] {
  const byKey = new Map<string, CompiledTerm<IndustryTerm>>();
  for (const entry of entries) {
    for (const language of LEXICON_LANGUAGES) {
      for (const raw of (entry[language] ?? "").split("|")) {
        const [text, weight] = splitWeight(raw, entry.weight);
        const term = compileTerm(text, { code: entry.code, weight, language, kind: entry.kind ?? "keyword" } satisfies IndustryTerm);
        if (!term) continue;
        const key = `${term.words.map((w) => `${w.tail ? "*" : ""}${w.stem}${w.prefix ? "*" : ""}`).join(" ")}|${entry.code}`;
        const known = byKey.get(key);
        if (!known || known.payload.weight < weight) byKey.set(key, known ? { ...known, payload: { ...known.payload, weight } } : term);
      }
    }
  }
  return [...byKey.values()];
}

function splitWeight(raw: string, fallback: number): [string, number] {
  const match = /^(.*):(\d+(?:\.\d+)?)$/.exec(raw.trim());
  return match ? [match[1], Number(match[2])] : [raw.trim(), fallback];
}

let matcher: TermMatcher<IndustryTerm> | null = null;

function industryMatcher(): TermMatcher<IndustryTerm> {
  matcher ??= new TermMatcher(compileEntries(INDUSTRY_LEXICON));
  return matcher;
}

/** Every lexicon term found in the text, in text order; a longer term hides the shorter terms inside it. */
export function findIndustryTerms(text: string): IndustryTermHit[] {
  return findIndustryTermsInWords(foldWords(text));
}

/** As findIndustryTerms, for text already split with foldWords. */
export function findIndustryTermsInWords(words: string[]): IndustryTermHit[] {
  return industryMatcher().find(words).map((hit) => ({
    ...hit.term.payload,
    term: hit.term.text,
    matched: hit.matched,
    position: hit.start,
  }));
}
