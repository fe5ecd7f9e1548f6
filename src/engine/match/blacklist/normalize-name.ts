import { stripLegalForms } from "./legal-forms.ts";

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", æ: "ae", ø: "oe", œ: "oe", å: "aa", ł: "l", đ: "d", þ: "th" };

/**
 * Lower case, German umlauts folded (ä → ae), other accents stripped, punctuation turned into
 * spaces, whitespace collapsed.
 */
export function foldText(text: string): string {
  // Compatibility forms ("ℌ", "ﬁ") decompose to letters that need lower-casing again.
  return foldOnce(foldOnce(text));
}

function foldOnce(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüßæøœåłđþ]/g, (char) => UMLAUTS[char] ?? char)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/ +/g, " ")
    .trim();
}

/** The comparable form of a company name: folded, legal forms removed. `null` when nothing is left. */
export function normalizeCompanyName(name: string | null | undefined): string | null {
  if (!name) return null;
  const folded = foldText(name);
  const stripped = stripLegalForms(folded);
  // A name that IS a legal form ("AG") keeps its folded text rather than vanishing.
  const key = stripped || folded;
  return key ? key : null;
}

/** The comparable form of a city name. `null` when nothing is left. */
export function normalizeCity(city: string | null | undefined): string | null {
  if (!city) return null;
  const folded = foldText(city);
  return folded ? folded : null;
}
