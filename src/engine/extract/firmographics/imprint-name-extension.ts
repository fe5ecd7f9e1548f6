import type { Observation } from "../../types.ts";
import { foldText } from "../../text/fold.ts";
import { legalFormOf, withoutLegalForm } from "./legal-form.ts";

const MAX_EXTRA_WORDS = 3;
const MIN_CONFIDENCE = 0.6;

/**
 * The imprint's name for an unincorporated business when it spells out a short brand: a logo reads "DREEM", the imprint
 * "DREEM Transportlogistik"; a logo "Nordwind", the imprint "Bäckerei Nordwind". The brand's words must
 * appear whole and in order, the imprint adds at most three words. Only names read from the imprint itself
 * count, never names found in privacy-policy prose (processors, associations).
 */
export function imprintNameExtending(brand: string, observations: Observation[]): string | null {
  const brandWords = foldText(brand).split(" ").filter(Boolean);
  if (!brandWords.length) return null;
  for (const obs of observations) {
    // An incorporated entity's name ("Burghof Betriebs GmbH") is its legal name, not its brand: only the
    // name an unincorporated business trades under counts.
    if (obs.field !== "operator_name" || typeof obs.value !== "string" || legalFormOf(obs.value) !== null) continue;
    if (obs.confidence < MIN_CONFIDENCE || (obs.method !== "imprint_text" && obs.method !== "labelled_field")) continue;
    const spelled = withoutLegalForm(obs.value).replace(/[\s,;:]+$/u, "").trim();
    const words = foldText(spelled).split(" ").filter(Boolean);
    const extra = words.length - brandWords.length;
    if (extra < 1 || extra > MAX_EXTRA_WORDS || !/\p{Lu}/u.test(spelled)) continue;
    if (containsInOrder(words, brandWords)) return spelled;
  }
  return null;
}

function containsInOrder(words: string[], part: string[]): boolean {
  for (let start = 0; start + part.length <= words.length; start++) {
    if (part.every((word, i) => words[start + i] === word)) return true;
  }
  return false;
}
