import { CLOSED, NOT_A_TITLE, UNSOLICITED } from "./careers-vocabulary.ts";
import { parsePersonName } from "../contacts/person-name.ts";
import { startsWithKnownGivenName } from "../contacts/name-gazetteer.ts";

const PRONOUNS = /(?:^|[^\p{L}])(?:sie|du|dich|dir|dein\w*|ihr|ihre|ihnen|euer|eure|mein\w*|wir|uns|unser\w*|you|your|we|our|us|my|their|nous|vous|notre|votre|wij|jij|je|jou|jouw|onze|tu|nosotros|usted|noi|voi|nostro|nostra)(?=$|[^\p{L}])/iu;
const MONTH_YEAR = /\b(?:jan\w*|feb\w*|m[aä]r\w*|apr\w*|ma[iy]|jun\w*|jul\w*|aug\w*|sep\w*|o[ck]t\w*|nov\w*|de[cz]\w*)\.?\s+(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/iu;
const LEADING_LABEL =
  /^(?:aktuell\s+gesucht|wir\s+suchen|gesucht|stellenangebot|stellenanzeige|ausbildungsangebot|jobangebot|job(?:\s+title)?|position|stelle|vacature|we(?:'|’)?re\s+hiring|now\s+hiring|hiring|offre|oferta|posizione)\s*[:–—-]\s*/iu;
// "Wir suchen dich als …", "We are looking for a …": the rest of the heading is the title.
const LEADING_CALL =
  /^(?:wir\s+suchen|we\s+are\s+looking\s+for|we(?:'|’)re\s+looking\s+for|we\s+are\s+hiring|nous\s+recherchons|nous\s+recrutons|wij\s+zoeken|buscamos|cerchiamo)\s+(?:(?:ab\s+sofort|zum\s+n[aä]chstm[oö]glichen\s+zeitpunkt|zur\s+verst[aä]rkung\s+unseres\s+teams|dich|sie|you|un|une|een|un[ao]?)\s+)*(?:als\s+|an?\s+|eine[nr]?\s+)?/iu;
const TRAILING_CALL = /\s+(?:gesucht|wanted|gezocht|recherch[ée]e?s?|cercasi)\s*!*$|!+$/iu;
const TRAILING_NOISE =
  /\s*(?:[–—-]\s*|\(\s*|,\s*|\s+in\s+)(?:voll-\s*(?:und|&|\/)\s*teilzeit|vollzeit|teilzeit|vollzeit\s*(?:\/|oder|und)\s*teilzeit|full[- ]time|part[- ]time)\s*\)?\s*$|\s*(?:→|›|»|>|\+)\s*$/iu;

// A trailing "(métropoles de Lyon et Grenoble)", "(Raum Stuttgart)", "(remote)" says where, not what: the card's
// location, not part of the title. Proper nouns after a preposition need case, so that test is case-sensitive.
const TRAILING_PLACE_WORD = /\s*\(\s*(?:(?:m[ée]tropoles?|r[ée]gions?|area|raum|gro(?:ß|ss)raum|standort|secteur|agglom[ée]ration|provincia|regio)\b[^()]{0,60}|remote|hybrid|hybride|t[ée]l[ée]travail|home\s*office)\s*\)$/iu;
const TRAILING_PLACE_NAME = /\s*\([^()]{0,40}?\b(?:de|à|a|di|te|near|bei)\s+\p{Lu}[^()]{0,50}\)$/u;

function withoutTrailingPlace(title: string): string {
  return title.replace(TRAILING_PLACE_WORD, "").replace(TRAILING_PLACE_NAME, "");
}

/** The job title as shown, without leading labels ("Wir suchen:") or trailing employment wording. */
export function cleanJobTitle(raw: string): string {
  let title = raw.replace(/\s+/g, " ").trim();
  title = title.replace(LEADING_LABEL, "").replace(/^stellenanzeige\s+(?=\p{Lu})/iu, "");
  title = title.replace(/\s*[([]?\s*(?:pdf|download)(?:[,\s]+[\d.,]+\s*[km]b)?\s*[)\]]?\s*$/iu, "");
  const call = LEADING_CALL.exec(title);
  if (call && /^\p{Lu}/u.test(title.slice(call[0].length))) title = title.slice(call[0].length);
  title = title.replace(TRAILING_CALL, "");
  for (let i = 0; i < 2; i++) title = title.replace(TRAILING_NOISE, "").trim();
  title = withoutTrailingPlace(title);
  return title.replace(/^[\s•·–—:-]+|[\s•·–—:,-]+$/gu, "");
}

/** A text reads like a sentence or paragraph, not like a title. */
export function looksLikeSentence(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 12) return true;
  if (/[.!?;]$/u.test(text) && !/\b(?:techn|dipl|ing|sr|jr|inkl)\.$/iu.test(text)) return true;
  return PRONOUNS.test(text);
}

// A person, a company or a labelled contact line is never a position.
const NOT_A_POSITION =
  /(?:^|\s)(?:herrn?|frau|mr|mrs|ms|dr)\.?\s+\p{Lu}|\b(?:gmbh|ag|kg|ug|ohg|gbr|e\.\s?k|ltd|llc|inc|sarl|s\.?l|b\.?v|s\.?r\.?l)\b\.?(?:$|[\s,])|^(?:ansprechpartner\w*|kontakt|contact|e-?mail|tel\w*|status|posted|location|standort)\s*:/iu;

// A postal address ("8 Mill Lane, Leeds LS1 4AB", "Hauptstraße 5, 89077 Ulm") under a careers page is the
// employer's contact line, even when the company name in it carries a job noun ("… Solicitors", "… Elektrotechnik").
const POSTAL_ADDRESS =
  /\b\d{1,4}[a-z]?\s+(?:\p{Lu}\p{Ll}{1,20}\s{1,3}){1,3}(?:Street|St|Road|Rd|Lane|Walk|Avenue|Ave|Way|Drive|Close|Court|Square|Place)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\p{Ll}(?:stra(?:ß|ss)e|str\.|weg|platz|gasse)\s+\d{1,4}\b|\b\d{5}\s+\p{Lu}\p{Ll}+/u;

/** Length, shape and wording say this could be a job title at all. */
export function isTitleShaped(text: string): boolean {
  if (text.length < 3 || text.length > 110) return false;
  if (/^["„“”«»'‘’]/u.test(text) || NOT_A_POSITION.test(text)) return false;
  if (!/\p{L}{2}/u.test(text)) return false;
  if (looksLikeSentence(text) || MONTH_YEAR.test(text)) return false;
  if (NOT_A_TITLE.test(text) || UNSOLICITED.test(text) || CLOSED.test(text)) return false;
  if (/@|https?:|www\.|\+?\d[\d\s/()-]{6,}/u.test(text) || POSTAL_ADDRESS.test(text)) return false;
  if (opensWithPersonName(text)) return false;
  return !/\b(?:test|lorem|ipsum|placeholder|beispiel|example)\b/iu.test(text);
}

// "Jane Roe Director of Strategy" on a team card: a known given name and a surname open the text.
function opensWithPersonName(text: string): boolean {
  const tokens = text.split(/\s+/);
  if (tokens.length < 3) return false;
  const name = parsePersonName(tokens.slice(0, 2).join(" "));
  return !!name && startsWithKnownGivenName(name);
}
