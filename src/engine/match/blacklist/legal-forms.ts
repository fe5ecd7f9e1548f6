// Legal-form designations dropped from company names before comparing them, written as they look
// AFTER folding (lower case, umlauts folded, punctuation turned into spaces). Longest first, so the
// regular expression prefers "gmbh co kg" to "kg".
const LEGAL_FORMS = [
  "ug haftungsbeschraenkt co kg",
  "gmbh co kgaa",
  "gmbh co kg",
  "gmbh co ohg",
  "ag co kg",
  "se co kg",
  "ug haftungsbeschraenkt",
  "ug haftungsbeschrankt",
  "limited liability company",
  "public limited company",
  "gesellschaft mit beschraenkter haftung",
  "aktiengesellschaft",
  "kommanditgesellschaft",
  "incorporated",
  "corporation",
  "limited",
  "company",
  "gmbh",
  "mbh",
  "ggmbh",
  "kgaa",
  "ohg",
  "gbr",
  "e v",
  "e k",
  "ev",
  "ek",
  "eg",
  "ug",
  "ag",
  "kg",
  "se",
  "ltd",
  "llc",
  "llp",
  "plc",
  "inc",
  "corp",
  "co",
  "lp",
  "s a r l",
  "s a s",
  "s r l",
  "s p a",
  "s a",
  "s l",
  "sarl",
  "sas",
  "sasu",
  "sa",
  "eurl",
  "snc",
  "srl",
  "spa",
  "sl",
  "b v",
  "bv",
  "n v",
  "nv",
  "vof",
  "oy",
  "oyj",
  "ab",
  "as",
  "asa",
  "aps",
  "sp z o o",
  "s r o",
  "a s",
  "kft",
  "zrt",
  "pty",
  "pte",
];

// Forms that are never ordinary words: removed wherever they stand ("AG für Technik" keeps "ag").
const UNAMBIGUOUS = new Set(["gmbh", "mbh", "ggmbh", "kgaa", "gmbh co kg", "gmbh co kgaa", "gmbh co ohg", "ug haftungsbeschraenkt", "ug haftungsbeschrankt", "ug haftungsbeschraenkt co kg", "aktiengesellschaft", "sarl", "llc", "ltd"]);

const alternation = (forms: string[]) => forms.join("|");
const TRAILING_PATTERN = new RegExp(`(^| )(${alternation(LEGAL_FORMS)})$`);
const ANYWHERE_PATTERN = new RegExp(`(^| )(${alternation([...UNAMBIGUOUS].sort((a, b) => b.length - a.length))})(?= |$)`, "g");

/**
 * Removes legal-form designations from folded text: trailing ones ("Müller GmbH & Co. KG",
 * "Dupont SA"), repeatedly, and unambiguous ones anywhere ("GmbH Müller"). Short forms that are
 * also words ("as", "co", "ab") are only removed at the end, where they are legal forms.
 */
export function stripLegalForms(folded: string): string {
  let current = folded.replace(ANYWHERE_PATTERN, " ").replace(/ +/g, " ").trim();
  let previous = "";
  while (previous !== current) {
    previous = current;
    const next = current.replace(TRAILING_PATTERN, "").trim();
    // Never strip a name to nothing: "Se GmbH" must key like "Se", not vanish with SE as a form.
    if (next) current = next;
  }
  return current;
}
