import { foldLetters } from "../text/fold.ts";

// Company size in a buyer's text: "10–50 Mitarbeiter", "mehr als 20 employees", "under 200 staff",
// "KMU", "small businesses". Words without numbers follow the EU SME definition (2003/361/EC).

export interface SizeRange {
  min: number | null;
  max: number | null;
  /** The words the range was read from. */
  text: string;
}

const NUMBER = String.raw`(\d{1,3}(?:[.,' ]\d{3})+|\d+)`;
const PEOPLE = String.raw`(?:employees?|staff|people|persons|workers|headcount|fte|mitarbeiter\w*|mitarbeitende\w*|beschaftigte\w*|angestellte\w*|ma\b|salaries|employes|personnes|collaborateurs|medewerkers|werknemers|personeel|empleados|trabajadores|dipendenti|addetti|collaboratori)`;
const RANGE = new RegExp(String.raw`${NUMBER}\s*(?:-|–|to|bis|a|à|tot|al|e)\s*${NUMBER}\s*${PEOPLE}`, "iu");
const PLUS = new RegExp(String.raw`${NUMBER}\s*\+\s*${PEOPLE}`, "iu");
const STRICT_MIN = String.raw`(?:more than|over|above|mehr als|uber|plus de|meer dan|mas de|piu di|oltre)`;
const MIN = String.raw`(?:at least|minimum|min\.?|mindestens|ab|au moins|minstens|vanaf|al menos|como minimo|almeno|da)`;
const STRICT_MAX = String.raw`(?:less than|fewer than|under|below|weniger als|unter|moins de|minder dan|menos de|meno di|sotto)`;
const MAX = String.raw`(?:up to|at most|maximum|max\.?|bis zu|bis|hochstens|maximal|jusqu a|au plus|tot|hooguit|maximaal|hasta|como maximo|fino a|al massimo)`;
// The unit may be said once for two bounds: "at least 20 and up to 200 staff".
const BOUND = new RegExp(String.raw`(${STRICT_MIN}|${MIN}|${STRICT_MAX}|${MAX})\s*${NUMBER}(\s*${PEOPLE})?`, "giu");

const SIZE_WORDS: [RegExp, number | null, number | null][] = [
  [/\b(?:sole traders?|freelancers?|self employed|solo ?selbststandige|einzelunternehmer\w*|freiberufler\w*|independants?|zzp\w*|autonomos?|liberi professionisti)\b/iu, 1, 1],
  [/\b(?:micro (?:businesses|enterprises|companies)|kleinstunternehmen|microentreprises?|micro ?ondernemingen|microempresas?|microimprese)\b/iu, 1, 9],
  [/\b(?:small businesses|small companies|small firms|kleinunternehmen|kleinbetriebe\w*|kleine unternehmen|petites entreprises|kleine bedrijven|pequenas empresas|piccole imprese)\b/iu, 1, 49],
  [/\b(?:smes?|kmus?|kmu s|mittelstand\w*|mittelstandische\w*|small and medium|pme|mkb|pymes?|pmi)\b/iu, 1, 249],
  [/\b(?:mid ?sized|medium ?sized|mittelgrosse\w*|moyennes entreprises|middelgrote|medianas empresas|medie imprese)\b/iu, 50, 249],
  [/\b(?:large (?:enterprises|companies|corporations)|enterprises with|grossunternehmen|konzerne?|grandes entreprises|grote bedrijven|grandes empresas|grandi imprese)\b/iu, 250, null],
];

/** Reads one size range; text is folded (lower case, no diacritics) by the caller or here. */
export function readSizeRange(text: string): SizeRange | null {
  const folded = foldLetters(text).replace(/['’]/g, " ");
  const range = RANGE.exec(folded);
  if (range) return ordered(toInt(range[1]), toInt(range[2]), range[0]);
  const plus = PLUS.exec(folded);
  if (plus) return { min: toInt(plus[1]), max: null, text: plus[0] };
  const bounds = sizeBounds(folded);
  if (bounds.length) return fromBounds(bounds);
  for (const [pattern, min, max] of SIZE_WORDS) {
    const word = pattern.exec(folded);
    if (word) return { min, max, text: word[0] };
  }
  return null;
}

// A bound without a unit counts only when a bound with one follows closely ("20 and up to 200 staff").
function sizeBounds(folded: string): RegExpMatchArray[] {
  const all = [...folded.matchAll(BOUND)];
  return all.filter((bound, i) => {
    if (bound[3]) return true;
    const next = all[i + 1];
    return !!next?.[3] && next.index! - (bound.index! + bound[0].length) <= 30;
  });
}

function fromBounds(bounds: RegExpMatchArray[]): SizeRange {
  let min: number | null = null;
  let max: number | null = null;
  for (const bound of bounds) {
    const cue = bound[1];
    const value = toInt(bound[2]);
    if (new RegExp(`^${STRICT_MIN}$`, "iu").test(cue)) min = value + 1;
    else if (new RegExp(`^${MIN}$`, "iu").test(cue)) min = value;
    else if (new RegExp(`^${STRICT_MAX}$`, "iu").test(cue)) max = value - 1;
    else max = value;
  }
  return { min, max, text: bounds.map((b) => b[0]).join(", ") };
}

function ordered(a: number, b: number, text: string): SizeRange {
  return a <= b ? { min: a, max: b, text } : { min: b, max: a, text };
}

function toInt(value: string): number {
  return Number(value.replace(/[.,' ]/g, ""));
}
