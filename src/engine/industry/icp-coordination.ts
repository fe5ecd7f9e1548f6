import { findIndustryTermsInWords, type IndustryTermHit } from "./industry-lexicon.ts";
import { foldWords } from "./normalize-words.ts";

// Words that join the items of a list in the lexicon languages.
const CONJUNCTIONS = new Set(["and", "or", "und", "oder", "sowie", "et", "ou", "en", "of", "y", "o", "e", "ed"]);
// How far back from the conjunction modifiers of one shared head are looked for ("medical, dental and …").
const MAX_MODIFIERS = 4;
// Head nouns of at most this many words ("practices", "service providers").
const MAX_HEAD_WORDS = 2;

/** A term found by distributing a shared head over coordinated modifiers, placed at the modifier. */
export interface CoordinatedHit extends IndustryTermHit {
  /** The words the buyer meant, rebuilt: "medical practices" from "Medical, dental and … practices". */
  phrase: string;
}

/**
 * Buyers share one head noun between several modifiers: "Medical, dental and physiotherapy practices"
 * means medical practices, dental practices and physiotherapy practices. Each modifier before a
 * conjunction is joined with the head after the next word (or, head first, the head before the
 * previous word with the modifier after the conjunction), and kept only where the lexicon knows
 * the whole phrase as one term — so no modifier is read on its own, and nothing is guessed.
 */
export function findCoordinatedTerms(folded: string[]): CoordinatedHit[] {
  const hits: CoordinatedHit[] = [];
  for (let conjunction = 1; conjunction < folded.length - 1; conjunction++) {
    if (!CONJUNCTIONS.has(folded[conjunction])) continue;
    for (let back = 1; back <= MAX_MODIFIERS && conjunction - back >= 0; back++) {
      const position = conjunction - back;
      if (CONJUNCTIONS.has(folded[position])) break;
      for (let size = 1; size <= MAX_HEAD_WORDS && conjunction + 1 + size < folded.length; size++) {
        const phrase = [folded[position], ...folded.slice(conjunction + 2, conjunction + 2 + size)];
        for (const hit of findIndustryTermsInWords(phrase)) {
          if (hit.position === 0 && hit.matched.split(" ").length === phrase.length) hits.push({ ...hit, position, phrase: phrase.join(" ") });
        }
      }
    }
    hits.push(...headFirst(folded, conjunction));
  }
  return hits;
}

// Romance languages put the head first: "cabinets médicaux et dentaires" → "cabinets dentaires".
function headFirst(folded: string[], conjunction: number): CoordinatedHit[] {
  const hits: CoordinatedHit[] = [];
  for (let size = 1; size <= MAX_HEAD_WORDS && conjunction - 1 - size >= 0; size++) {
    const phrase = [...folded.slice(conjunction - 1 - size, conjunction - 1), folded[conjunction + 1]];
    for (const hit of findIndustryTermsInWords(phrase)) {
      if (hit.position === 0 && hit.matched.split(" ").length === phrase.length) hits.push({ ...hit, position: conjunction + 1, phrase: phrase.join(" ") });
    }
  }
  return hits;
}

/**
 * German elided compounds: "Zahn- und Arztpraxen", "Hoch- und Tiefbau" name "Zahnarztpraxen" and
 * "Hochbau". The hyphenated part is completed with the tail of the next compound that makes the
 * longest word the lexicon knows as a whole.
 */
export function expandElidedCompounds(text: string): string {
  return text.replace(/(\p{L}+)-(\s*(?:,|und|oder|sowie|&)\s*)(\p{L}+)/gu, (whole, first: string, joint: string, next: string) => {
    for (let cut = 0; cut <= next.length - 3; cut++) {
      const candidate = `${first}${next.slice(cut).toLowerCase()}`;
      const folded = foldWords(candidate)[0] ?? "";
      // A whole-word term longer than the first part: not a tail wildcard, not a prefix of the first part alone.
      const known = findIndustryTermsInWords([folded]).some((hit) => !hit.term.startsWith("*") && hit.term.replace(/[*:].*$/, "").length > first.length);
      if (known) return `${candidate}${joint}${next}`;
    }
    return whole;
  });
}
