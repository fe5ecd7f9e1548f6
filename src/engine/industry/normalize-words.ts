// Folding text to plain lower-case words so that "Zahnärzte", "ZAHNÄRZTE" and "zahnarzte" meet:
// diacritics are dropped (ä → a), German ß becomes ss, everything that is not a letter or digit splits words.

import { foldLetters } from "../text/fold.ts";

/** The words of a text as written (letters, digits and their accents), in order. */
export function splitWords(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The folded words of a text, one per word of splitWords, so positions match. */
export function foldWords(text: string): string[] {
  return splitWords(text).map((word) => foldLetters(word).replace(/[^\p{L}\p{N}]+/gu, ""));
}

/**
 * For each word of splitWords, whether punctuation that ends a phrase (. : ; | ! ? brackets, dashes,
 * line breaks) stands before it. Commas do not: they join the items of a list.
 */
export function phraseBreaks(text: string): boolean[] {
  const breaks: boolean[] = [];
  let last = 0;
  for (const match of text.normalize("NFC").matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    breaks.push(/[.:;|!?()[\]{}•·–—\n]|\s-\s/u.test(text.normalize("NFC").slice(last, match.index)));
    last = match.index + match[0].length;
  }
  return breaks;
}

/** For each word of splitWords, whether a comma stands before it: the separator of list items. */
export function listCommas(text: string): boolean[] {
  const commas: boolean[] = [];
  let last = 0;
  const normalized = text.normalize("NFC");
  for (const match of normalized.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    commas.push(normalized.slice(last, match.index).includes(","));
    last = match.index + match[0].length;
  }
  return commas;
}
