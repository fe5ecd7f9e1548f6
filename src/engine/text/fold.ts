// The one place where text is folded for comparison and de-duplication. Three variants exist because
// three different questions are asked of text; each says below which question it answers.

// Letters that carry no combining mark to strip but are still written plainly in the same languages.
const PLAIN_LETTERS: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d" };
// German (and Nordic) spellings without special letters: "Müller" is also written "Mueller".
const SPELLED_OUT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", œ: "oe", å: "aa", ł: "l", đ: "d", þ: "th" };

/**
 * The comparison key of a value: lower case, ß → ss, diacritics dropped (ä → a), every run of
 * characters that is not a letter or digit becomes one space, trimmed. "Jürgen  Müller-Lüdenscheidt"
 * and "jurgen muller ludenscheidt" meet. It is also the key stored with rows (prospects' person_key,
 * job postings, suppression hashes), so changing it needs a migration of those keys.
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

/**
 * As foldText, but umlauts spelled out first (ä → ae, ø → oe, å → aa): for names people write both ways
 * ("Müller", "Mueller") and for lexicons written that way. Idempotent: compatibility forms ("ℌ", "ﬁ")
 * decompose into letters that need lower-casing again, hence the second pass.
 */
export function foldTextSpelledOut(text: string): string {
  return spellOutOnce(spellOutOnce(text));
}

function spellOutOnce(text: string): string {
  return foldText(
    text
      .normalize("NFC")
      .toLowerCase()
      .replace(/[äöüßæøœåłđþ]/g, (char) => SPELLED_OUT[char] ?? char),
  );
}

/**
 * Lower case and diacritics dropped, every other character left where it is: for readers that still
 * need the text's punctuation and word positions (phrase breaks, "50+ employees").
 */
export function foldLetters(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[ßæœøłđ]/g, (char) => PLAIN_LETTERS[char] ?? char);
}
