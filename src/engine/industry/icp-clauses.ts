import { foldWords, splitWords } from "./normalize-words.ts";

/**
 * A clause of a buyer's profile text: words as written and folded, with the positions a negation
 * covers. "Zahnärzte und Steuerberater, keine Kliniken" negates "Kliniken" only; "…, but not hotels or
 * hostels" negates both; "Hotels are excluded" negates what precedes the closing cue.
 */
export interface IcpClause {
  words: string[];
  folded: string[];
  negated: boolean[];
}

// Sentence ends and contrastive conjunctions end a negation's reach.
const CLAUSE_BREAK = /[.;!?\n]+(?:\s|$)|\s(?:but|however|aber|jedoch|sondern|mais|maar|pero|sino|ma|pero)\s/giu;

const NEGATION_CUES = new Set([
  "not", "no", "except", "excluding", "exclude", "without", "nor", "avoid",
  "nicht", "kein", "keine", "keinen", "keiner", "keinesfalls", "ohne", "ausser", "ausgenommen", "exklusive", "ausschliessen", "weder", "noch",
  "pas", "sauf", "hors", "excepte", "exclure", "exclus", "sans", "ni", "aucun", "aucune",
  "geen", "niet", "behalve", "zonder", "uitgezonderd", "uitgesloten",
  "sin", "excepto", "salvo", "menos", "excluyendo", "excluir", "ningun", "ninguna",
  "non", "senza", "tranne", "eccetto", "escluso", "esclusi", "escluse", "nessun", "nessuna",
]);
// "other than" style pairs and "not only" (which does not negate).
const NEGATION_PAIRS = new Set(["other than", "apart from", "abgesehen von", "a l exception", "con excepcion", "ad eccezione"]);
const NOT_NEGATING_NEXT = new Set(["only", "just", "nur", "seulement", "uniquement", "alleen", "enkel", "solo", "solamente", "soltanto", "necessarily", "unbedingt"]);
const CLOSING_CUES = new Set(["excluded", "ausgeschlossen", "ausgenommen", "exclus", "exclues", "uitgesloten", "excluidos", "excluidas", "esclusi", "escluse", "unerwunscht"]);

export function splitIcpClauses(text: string): IcpClause[] {
  return text.split(CLAUSE_BREAK).filter((part) => part && part.trim()).map(toClause);
}

function toClause(text: string): IcpClause {
  const words = splitWords(text);
  const folded = foldWords(text);
  const negated = folded.map(() => false);
  let from = -1;
  folded.forEach((word, i) => {
    if (from < 0 && startsNegation(folded, i)) from = i;
    if (from >= 0) negated[i] = true;
    if (CLOSING_CUES.has(word)) negated.fill(true, 0, i);
  });
  return { words, folded, negated };
}

function startsNegation(folded: string[], i: number): boolean {
  const word = folded[i];
  if (NEGATION_CUES.has(word)) return !NOT_NEGATING_NEXT.has(folded[i + 1] ?? "");
  const pair = `${word} ${folded[i + 1] ?? ""}`;
  const triple = `${pair} ${folded[i + 2] ?? ""}`;
  return NEGATION_PAIRS.has(pair) || NEGATION_PAIRS.has(triple);
}
