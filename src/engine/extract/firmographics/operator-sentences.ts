import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { companyNamesIn } from "./legal-form.ts";
import { isPlaceholderText } from "./placeholder-value.ts";

// Sentences that name the entity behind a brand: "Muster is a trading name of Muster Holdings Ltd",
// "… è gestita da Rossi S.r.l.", "… est exploité par Dupont SAS", "Ein Angebot der Muster GmbH".
const BEHIND_BRAND = /\b(?:(?:is )?a trading (?:name|style) of|(?:is )?a (?:brand|division) of|(?:owned and )?operated by|(?:est )?exploit[ée]e? par|(?:est )?[ée]dit[ée]e? par|une marque de|(?:è )?gestit[oa] da|un marchio di|(?:es )?una marca de|gestionad[oa] por|operad[oa] por|betrieben (?:von|durch)|ein Angebot (?:der|des|von)|eine Marke der|(?:is )?een handelsnaam van|ge[eë]xploiteerd door)\s+/giu;

/** The legal entity a sentence says runs the site or its brand; it counts like an imprint's operator line. */
export function extractOperatorSentenceObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const confidence = Math.max(pageWeight(doc), 0.6) + 0.05;
  const method = doc.kind === "imprint" ? "imprint_text" : "page_text";
  for (const line of doc.lines) {
    for (const match of line.matchAll(BEHIND_BRAND)) {
      const tail = line.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 120);
      const name = companyNamesIn(tail)[0];
      // The entity must follow the phrase directly (an article at most), not somewhere later in the sentence.
      if (!name || tail.indexOf(name) > 4 || isPlaceholderText(name)) continue;
      out.push(observation("operator_name", name, doc, method, confidence));
      out.push(observation("legal_name", name, doc, method, confidence));
    }
  }
  return out;
}
