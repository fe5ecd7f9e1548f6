/**
 * Folds text into a comparison key: case, accents, umlauts, ß and punctuation removed, spaces
 * collapsed. "Jürgen  Müller-Lüdenscheidt" and "jurgen muller ludenscheidt" are the same person.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
