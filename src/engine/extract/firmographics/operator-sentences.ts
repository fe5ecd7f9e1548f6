import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { companyNamesIn } from "./legal-form.ts";
import { isPlaceholderText } from "./placeholder-value.ts";
import { OTHER_ENTITY } from "./other-entity.ts";

// Sentences that name the entity behind a brand: "Muster is a trading name of Muster Holdings Ltd",
// "… è gestita da Rossi S.r.l.", "… est exploité par Dupont SAS", "Ein Angebot der Muster GmbH".
const TRADING_NAME_OF = /\b(?:(?:is )?a trading (?:name|style) of|(?:is )?a (?:brand|division) of|une marque de|un marchio di|(?:es )?una marca de|eine Marke der|(?:is )?een handelsnaam van)\s+/giu;
const BEHIND_BRAND = /\b(?:(?:is )?a trading (?:name|style) of|(?:is )?a (?:brand|division) of|(?:owned and )?operated by|(?:est )?exploit[ée]e? par|(?:est )?[ée]dit[ée]e? par|une marque de|(?:è )?gestit[oa] da|un marchio di|(?:es )?una marca de|gestionad[oa] por|operad[oa] por|betrieben (?:von|durch)|ein Angebot (?:der|des|von)|eine Marke der|(?:is )?een handelsnaam van|ge[eë]xploiteerd door)\s+/giu;

/** The legal entity a sentence says runs the site or its brand; it counts like an imprint's operator line. */
export function extractOperatorSentenceObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const confidence = Math.max(pageWeight(doc), 0.6) + 0.05;
  const method = doc.kind === "imprint" ? "imprint_text" : "page_text";
  // Privacy policies say who operates each third-party service ("betrieben von Google Ireland Limited");
  // there only a trading-name sentence speaks about the site's own entity.
  const phrases = doc.kind === "privacy" ? TRADING_NAME_OF : BEHIND_BRAND;
  for (const line of doc.lines) {
    for (const match of line.matchAll(phrases)) {
      const tail = line.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 120);
      const name = companyNamesIn(tail)[0];
      // The entity must follow the phrase directly (an article at most), not somewhere later in the sentence.
      if (!name || tail.indexOf(name) > 4 || isPlaceholderText(name) || OTHER_ENTITY.test(name)) continue;
      out.push(observation("operator_name", name, doc, method, confidence));
      out.push(observation("legal_name", name, doc, method, confidence));
    }
  }
  return out;
}
