import { foldTextSpelledOut } from "../../text/fold.ts";
import { stripLegalForms } from "./legal-forms.ts";


/** The comparable form of a company name: folded, legal forms removed. `null` when nothing is left. */
export function normalizeCompanyName(name: string | null | undefined): string | null {
  if (!name) return null;
  const folded = foldTextSpelledOut(name);
  const stripped = stripLegalForms(folded);
  // A name that IS a legal form ("AG") keeps its folded text rather than vanishing.
  const key = stripped || folded;
  return key ? key : null;
}

/** The comparable form of a city name. `null` when nothing is left. */
export function normalizeCity(city: string | null | undefined): string | null {
  if (!city) return null;
  const folded = foldTextSpelledOut(city);
  return folded ? folded : null;
}
