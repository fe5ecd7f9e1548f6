// Folding text to plain lower-case words so that "Zahnärzte", "ZAHNÄRZTE" and "zahnarzte" meet:
// diacritics are dropped (ä → a), German ß becomes ss, everything that is not a letter or digit splits words.

const LIGATURES: Record<string, string> = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d" };

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđ]/g, (ch) => LIGATURES[ch] ?? ch);
}

/** The words of a text as written (letters, digits and their accents), in order. */
export function splitWords(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The folded words of a text, one per word of splitWords, so positions match. */
export function foldWords(text: string): string[] {
  return splitWords(text).map((word) => foldText(word).replace(/[^\p{L}\p{N}]+/gu, ""));
}
