// Phrases that structure careers pages, in de, en, fr, nl, es, it.

/** A heading announcing a list of openings ("Offene Stellen", "Open positions", "Vacatures" …). */
export const OPENINGS_HEADING =
  /\b(?:offene\s+stellen|stellenangebote?|aktuelle\s+stellen\w*|freie\s+stellen|stellenausschreibung\w*|jobangebote?|aktuelle\s+jobs|offene\s+positionen|wir\s+suchen\s+(?:dich|sie|verst[aä]rkung|unterst[uü]tzung|mitarbeiter\w*)|ausbildungspl[aä]tze|ausbildungsangebot\w*|berufserfahrene|open\s+(?:positions?|roles?|vacanc\w+|jobs?|opportunit\w+)|current\s+(?:openings?|vacanc\w+|positions?|opportunit\w+|jobs?)|job\s+openings?|vacanc(?:y|ies)|we(?:'|’)?re\s+hiring|we\s+are\s+hiring|join\s+our\s+team|postes?\s+(?:ouverts?|à\s+pourvoir|recherch\p{L}*)|profils?\s+recherch\p{L}*|nous\s+recrutons|offres?\s+d['’]emploi|nos\s+offres|vacatures?|openstaande\s+functies|ofertas?\s+de\s+empleo|vacantes|posiciones\s+abiertas|posizioni\s+aperte|offerte\s+di\s+lavoro|lavora\s+con\s+noi)\b/iu;

/** A heading that is nothing but the name of the careers section ("Karriere", "Careers", "Jobs"). */
export const CAREERS_HEADING = /^(?:karriere|jobs?|careers?|stellen|vacatures|emplois?|empleo|lavora\s+con\s+noi|jobs\s*(?:&|und|and)\s*karriere)$/iu;

/** A path segment of a careers page. */
export const CAREERS_PATH =
  /(?:^|[/_.-])(?:karriere|career|careers|jobs?|stellen\w*|stellenangebote|vacatures?|vacanc\w*|emplois?|empleo|trabaja\w*|lavora\w*|ausbildung|azubi\w*|join-us|work-with-us|arbeiten-bei-uns|werken-bij|werkenbij|offres?-d-emploi|recrutement|opportunities|openings)(?=$|[/_.-])/iu;

/** A heading that ends the openings area (benefits, applying, contact, unsolicited applications). */
export const SECTION_END =
  /\b(?:initiativ\w*|unsolicited|spontan\w*|spontaneous|candidature\s+spontan\w*|open\s+sollicitatie|kontakt\w*|contact|newsletter|follow\s+us|what\s+we\s+offer|benefits?|(?:ce\s+que\s+)?nous\s+(?:vous\s+)?offrons|avantages|vorteile|warum\s+wir|why\s+(?:us|work|join)|so\s+bewirbst|how\s+to\s+apply|bewerbungsprozess|ablauf|faq|common\s+questions)\b/iu;

/** The page or section says there are no openings right now. */
export const NO_OPENINGS =
  /\b(?:keine\s+(?:offenen|freien|aktuellen)\s+(?:stellen|positionen|jobs|stellenangebote)|keine\s+stellen\s+(?:ausgeschrieben|zu\s+besetzen|frei)|alle\s+(?:freien\s+)?stellen\s+(?:sind\s+)?besetzt|derzeit\s+keine\s+vakan\w+|no\s+(?:current\s+)?(?:open(?:ings|\s+positions|\s+roles|\s+vacancies)|vacancies|positions\s+available|openings)|not\s+(?:currently\s+)?hiring|aucune?\s+(?:offre|poste)|geen\s+(?:openstaande\s+)?vacatures|no\s+hay\s+(?:ofertas|vacantes)|nessuna\s+posizione)\b/iu;

/** Texts that are never a position: sub-headings of a posting, unsolicited applications, CTA buttons. */
export const NOT_A_TITLE =
  /^(?:ihre?\s+aufgaben|deine?\s+aufgaben|ihr\s+profil|dein\s+profil|wir\s+bieten|das\s+bieten\s+wir|aufgaben|anforderungen|qualifikation\w*|voraussetzungen|benefits?|requirements?|responsibilities|qualifications?|preferred\s+qualifications|what\s+you|about\s+(?:the|us|you)|the\s+(?:role|opportunity)|role\s+scope|must-have\s+skills|your\s+profile|your\s+tasks|profil|missions?|vos\s+missions|votre\s+profil|functieomschrijving|wat\s+wij\s+bieden|requisitos|funciones|requisiti|mansioni|jetzt\s+bewerben|bewerben|apply(?:\s+now)?|learn\s+more|mehr\s+erfahren|see\s+job|details?|more|weiterlesen|read\s+more|postuler|solliciteer)\b/iu;

export const UNSOLICITED = /\b(?:initiativ\w*|unsolicited|spontan\w*|spontaneous|open\s+sollicitatie|candidatura\s+espont\w*|candidature\s+spontan\w*|autocandidatura)\b/iu;

/** A posting marked as closed or filled. */
export const CLOSED = /\b(?:closed|filled|geschlossen|besetzt|vergeben|abgelaufen|expired|pourvu|gesloten|cerrad[oa]|chius[oa])\b/iu;

/** A call to apply, which sits next to a job title in its card. */
export const APPLY_CALL =
  /\b(?:apply|bewerben|bewirb|bewerbung|postuler|candidater|solliciteer|solliciteren|aplicar|postula|candidati|candidarsi|see\s+job|view\s+job|learn\s+more|mehr\s+erfahren|zur\s+stelle|zum\s+job|details)\b/iu;
