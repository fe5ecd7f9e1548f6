import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { casedCopyrightLine, companyNamesIn, legalFormOf, statedLegalForm, withoutLegalForm } from "./legal-form.ts";
import { addressAt } from "./address-text.ts";
import { extractOperatorSentenceObservations } from "./operator-sentences.ts";
import { OTHER_ENTITY } from "./other-entity.ts";


/** Legal-entity names ("Name + legal form") and legal forms stated in words, from one page. */
export function extractLegalNameObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const weight = pageWeight(doc);
  const footer = new Set(doc.footerLines);
  const method = doc.kind === "imprint" ? "imprint_text" : "page_text";
  let rank = 0;
  doc.lines.forEach((line, i) => {
    const context = `${doc.lines[i - 1] ?? ""} ${line}`;
    const readable = nameAboveLoneForm(doc.lines, i) ?? casedCopyrightLine(line);
    for (const name of companyNamesIn(readable)) {
      const before = readable.slice(0, readable.indexOf(name));
      if (OTHER_ENTITY.test(before.slice(-60)) || OTHER_ENTITY.test(name) || OTHER_ENTITY.test(doc.lines[i - 1] ?? "") && before.length < 3) continue;
      const bonus = (footer.has(line) ? 0.1 : 0) + (/©|\(c\)|copyright/i.test(before) ? 0.05 : 0);
      out.push(observation("legal_name", name, doc, method, weight + bonus - Math.min(rank, 5) * 0.04));
      rank++;
    }
    const stated = statedLegalForm(context);
    if (stated) out.push(observation("legal_form", stated, doc, method, weight));
  });
  if (doc.kind === "imprint") out.push(...operatorLine(doc));
  if (doc.kind === "privacy") out.push(...controllerLine(doc));
  out.push(...registeredCompanySentence(doc));
  out.push(...extractOperatorSentenceObservations(doc));
  return out;
}

// Imprints sometimes break the entity over two lines ("Muster Holzbau" / "GmbH & Co. KG"): the name
// line above a line that is nothing but a legal form belongs to it, unless a partner label precedes it.
function nameAboveLoneForm(lines: string[], i: number): string | null {
  const line = lines[i].trim();
  const above = lines[i - 1]?.trim();
  if (!above || !legalFormOf(`x ${line}`) || withoutLegalForm(`x ${line}`) !== "x") return null;
  if (!isOperatorName(above) || legalFormOf(above) || OTHER_ENTITY.test(lines[i - 2] ?? "")) return null;
  return `${above} ${line}`;
}

const CONTROLLER = /verantwortliche stelle|^verantwortliche[rn]?\b|controller|responsible for (the )?(processing|data)|responsable du traitement|verwerkingsverantwoordelijke|responsable del tratamiento|titolare del trattamento/i;

// Privacy policies name the controller right after "Verantwortliche Stelle ist:" — the operator of the site.
function controllerLine(doc: ParsedPage): Observation[] {
  const at = doc.lines.findIndex((l) => CONTROLLER.test(l) && l.length < 160);
  if (at < 0) return [];
  const following = doc.lines.slice(at + 1, at + 4).filter((l) => !/:$/.test(l));
  const name = following.find(isOperatorName);
  if (!name) return [];
  const index = doc.lines.indexOf(name, at);
  const hasAddress = [index + 1, index + 2, index + 3].some((i) => i < doc.lines.length && addressAt(doc.lines, i) !== null);
  return hasAddress ? [observation("operator_name", name, doc, "page_text", 0.55)] : [];
}

// "Muster Accountancy is a company registered in England and Wales" names the entity without a legal form.
function registeredCompanySentence(doc: ParsedPage): Observation[] {
  for (const line of doc.lines) {
    const m = /^([\p{Lu}\d][\p{L}\d&'’. -]{1,60}?) is a (?:private |public )?(?:limited )?company registered in/u.exec(line);
    if (m && isOperatorName(m[1])) return [observation("operator_name", m[1].trim(), doc, "page_text", 0.6)];
  }
  return [];
}

// The imprint names the operator in the block above its address; the topmost line of that block is
// the entity, lines after "vertreten durch" / "Inhaber" are people.
function operatorLine(doc: ParsedPage): Observation[] {
  for (let i = 1; i < Math.min(doc.lines.length, 400); i++) {
    const address = addressAt(doc.lines, i);
    if (!address) continue;
    const streetOnPrevious = address.street !== null && doc.lines[i - 1] === address.street;
    const block = blockAbove(doc.lines, streetOnPrevious ? i - 1 : i);
    const name = block.map((l) => l.replace(/^.*(?:§\s*\d+\s*\w+|anbieter|betreiber|herausgeber|operator|publisher)\s*:?\s*/i, "").trim()).find(isOperatorName);
    return name ? [observation("operator_name", name, doc, "imprint_text", 0.7)] : [];
  }
  return [];
}

const LABEL_LINE = /^(anschrift|adresse|address|postanschrift|unternehmen|firma|company|kontakt|contact|sitz|betreiber|anbieter|herausgeber|inhaber(in)?|verein|name)\s*:?$/i;
const RESPONSIBLE_LINE = /^(inhaltlich\s+)?verantwortlich|^responsible|^v\.\s?i\.\s?s\.\s?d/i;
const HEADING_LINE = /impressum|imprint|angaben|§|\btmg\b|\bddg\b|information|legal notice|kennzeichnung|mentions/i;
const PERSON_LABEL = /vertr|inhaber|obmann|vorstand|geschäftsf|geschaeftsf|leitung|owner|director|represented/i;

function blockAbove(lines: string[], index: number): string[] {
  const block: string[] = [];
  for (let j = index - 1; j >= Math.max(0, index - 5); j--) {
    const line = lines[j];
    if (HEADING_LINE.test(line) || line.length > 90 || /:$/.test(line)) break;
    if (LABEL_LINE.test(line) || RESPONSIBLE_LINE.test(line)) continue;
    block.unshift(line);
  }
  const person = block.findIndex((l) => PERSON_LABEL.test(l));
  return person >= 0 ? block.slice(0, person) : block;
}

const NOT_A_NAME = /\d{5}|\d{3}[\s/-]\d|(str\.?|stra(ß|ss)e|weg|allee|platz|gasse|road|street)\s+\d|@|:|impressum|imprint|angaben|information|kontakt|contact|adresse|address|anschrift|legal|sitz\b|standort|office|büro|telefon|phone|e-mail|öffnungszeiten|opening hours/i;

function isOperatorName(text: string): boolean {
  if (text.length < 3 || text.length > 70 || NOT_A_NAME.test(text)) return false;
  return /^(?:[\p{Lu}\d]|(?:de|van|von|le|la|di|da)\s+\p{Lu})/u.test(text) && !OTHER_ENTITY.test(text);
}
