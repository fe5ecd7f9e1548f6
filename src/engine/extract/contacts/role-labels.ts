// Labels that introduce the people behind a business in imprints and footers, in the six site
// languages. A label may stand alone on its line ("Vertreten durch:") or precede the names.
const ROLE_WORDS = [
  "(?:vertretungsberechtigte[rn]?\\s+)?gesch(?:ä|ae)ftsf(?:ü|ue)hr(?:er(?:in(?:nen)?)?|ung|ende[rn]?)(?:\\s+gesellschafter(?:in)?)?",
  "(?:praxis|betriebs)?inhaber(?:in)?", "eigent(?:ü|ue)mer(?:in)?",
  // Austrian imprints (§ 5 ECG, § 25 MedienG) name the owner as "Medieninhaber (und Herausgeber/Diensteanbieter)".
  "medieninhaber(?:in)?(?:\\s+(?:und|&|/)\\s+(?:herausgeber(?:in)?|diensteanbieter(?:in)?))?", "diensteanbieter(?:in)?", "gesellschafter(?:in)?",
  "(?:1\\.|2\\.|erste[rn]?|zweite[rn]?|stellv\\.?|stellvertretende[rn]?)?\\s*vorsitzende[rn]?", "vorstand(?:svorsitzende[rn]?)?", "vorst(?:ä|ae)nde",
  "(?:vertretungsberechtigte[rn]?\\s+)?vorstand", "obmann", "obfrau", "pr(?:ä|ae)sident(?:in)?",
  "vertreten\\s+durch", "vertretungsberechtigt(?:e[rn]?)?(?:\\s+\\p{L}+)?", "gesetzlich(?:e[rn]?)?\\s+vertret(?:en|er|ung)(?:\\s+durch)?",
  "verantwortlich(?:e[rn]?)?\\b[^:]{0,90}", "inhaltlich\\s+verantwortlich(?:e[rn]?)?[^:]{0,80}", "redaktionell\\s+verantwortlich[^:]{0,80}",
  "v\\.\\s?i\\.\\s?s\\.\\s?d\\.\\s?p\\.?", "datenschutzbeauftragte[rn]?", "gesch(?:ä|ae)ftsleitung", "leitung",
  "managing\\s+directors?", "directors?", "owners?", "proprietors?", "founders?", "co-?founders?", "represented\\s+by",
  "responsible\\s+for\\s+(?:the\\s+)?content[^:]{0,40}", "ceo", "chief\\s+executive\\s+officer", "president",
  "g(?:é|e)rant(?:e|s)?", "directeur\\s+(?:de\\s+la\\s+)?publication", "directrice\\s+de\\s+(?:la\\s+)?publication",
  "responsable\\s+(?:de\\s+(?:la\\s+)?)?publication", "repr(?:é|e)sent(?:é|e)e?\\s+par", "pr(?:é|e)sident(?:e)?",
  "bestuurder(?:s)?", "directeur", "eigenaar", "vertegenwoordigd\\s+door", "zaakvoerder",
  "administrador(?:es|a)?(?:\\s+(?:único|única|solidario|mancomunado))?", "representad[oa]\\s+por", "titular",
  "amministratore(?:\\s+(?:unico|delegato))?", "legale\\s+rappresentante", "rappresentante\\s+legale", "titolare",
];

const ARTICLE = "(?:die|den|der|das|des|dem|the|le|la|les|het|de|el|los|il|i)";
const SINGLE_ROLE = ROLE_WORDS.join("|");
// "Inhaber & Geschäftsführer", "Owner / Director": two roles joined into one label.
const JOINED_ROLES = `(?:${SINGLE_ROLE})(?:(?:\\s*[&+/,]\\s*|\\s+(?:und|and|et|en|y|e)\\s+)(?:${SINGLE_ROLE}))?`;
// "Vertreten durch die Geschäftsführung": a representation label may name the role that represents.
const ROLE_ALTERNATION = `(?:${JOINED_ROLES})(?:\\s+${ARTICLE}\\s+(?:${SINGLE_ROLE}))?`;
// Without the free-text tails, so that a label never swallows the names that follow it.
const TIGHT_ALTERNATION = ROLE_WORDS.map((w) => w.replace(/\[\^:\]\{0,\d+\}/g, "")).join("|");

/** A role label on its own line, the names follow on the next lines: "Vertreten durch", "Vorstand:". */
export const LABEL_ALONE = new RegExp(`^\\s*((?:${ROLE_ALTERNATION}))\\s*[:：]?\\s*$`, "iu");

/** A role label followed by a colon and possibly names: "Geschäftsführer: A und B". */
// Up to two qualifying words may precede the role ("Company Director:", "Gesellschafter-Geschäftsführer:").
export const LABEL_WITH_COLON = new RegExp(`^\\s*((?:[\\p{L}.]+[\\s-]){0,2}(?:${ROLE_ALTERNATION}))\\s*[:：]\\s*(.*)$`, "iu");

/** A role label directly followed by names without a colon: "vertreten durch die Geschäftsführer A und B". */
export const LABEL_THEN_NAMES = new RegExp(`^\\s*((?:${TIGHT_ALTERNATION}))\\s+(.+)$`, "iu");

/**
 * A role label, a short qualifier and a copula before the names, as a sentence: "Verantwortlich für den
 * Inhalt der Seite ist A", "Responsible for content is A". The names must then end the sentence.
 */
export const LABEL_COPULA_NAMES = new RegExp(
  `^\\s*((?:${TIGHT_ALTERNATION}))\\b[^:]{0,80}?\\s(?:ist|sind|is|are|est|sont|es|son|è|sono|zijn)\\s+(.+?)\\.?$`,
  "iu",
);

/** An article plus role word that opens the names part: "die Geschäftsführer", "den Vorstand", "the directors". */
export const LEADING_ROLE_IN_NAMES = new RegExp(
  `^(?:(?:die|den|der|das|des|dem|the|le|la|les|het|de|el|los|il|i)\\s+)?((?:${TIGHT_ALTERNATION}))\\s*:?\\s+`,
  "iu",
);

/** Labels whose class depends on the company's legal form (a GmbH is represented by its managing director). */
export const REPRESENTATION_LABEL =
  /^(?:vertreten durch|vertretungsberechtigt|gesetzlich|represented by|repr[ée]sent[ée]e? par|vertegenwoordigd door|representad[oa] por|legale rappresentante|rappresentante legale)/i;
