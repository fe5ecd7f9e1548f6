// Legal forms as written after a company name, longest first so "GmbH & Co. KG" wins over "GmbH".
// Each entry: the pattern as sites write it and the canonical label.
const FORMS: Array<[RegExp, string]> = [
  [/GmbH\s*(?:&|\+|u\.|und)\s*Co\.?\s*KGaA/, "GmbH & Co. KGaA"],
  [/GmbH\s*(?:&|\+|u\.|und)\s*Co\.?\s*KG/, "GmbH & Co. KG"],
  [/UG\s*&\s*Co\.?\s*KG/, "UG & Co. KG"],
  [/AG\s*&\s*Co\.?\s*KG/, "AG & Co. KG"],
  [/UG\s*\(\s*haftungsbeschr(?:(?:ä|ae)nkt|\.)\s*\)/i, "UG (haftungsbeschränkt)"],
  [/gGmbH/, "gGmbH"],
  [/GmbH/, "GmbH"],
  [/\bUG\b/, "UG (haftungsbeschränkt)"],
  [/\bKGaA\b/, "KGaA"],
  [/\bmbB\b/, "PartG mbB"],
  [/\bPartG\b/, "PartG"],
  [/\bOHG\b/, "OHG"],
  [/\bKG\b/, "KG"],
  [/\bGbR\b/, "GbR"],
  [/\be\.\s?K\.(?=\s|$|,)/, "e.K."],
  [/\be\.\s?Kf(?:m|r)\./, "e.K."],
  [/\be\.\s?V\.(?=\s|$|,|\))/, "e.V."],
  [/\beG\b/, "eG"],
  [/\bAG\b/, "AG"],
  [/\bSE\b/, "SE"],
  [/\bLLP\b/, "LLP"],
  [/\bCIC\b/, "CIC"],
  [/\bP\.?L\.?L\.?C\.?(?=\s|$|,)/, "PLLC"],
  [/\bL\.?L\.?C\.?(?=\s|$|,)/, "LLC"],
  [/\b(?:Pty|PTY)\.?\s?(?:Ltd|LTD)\.?/, "Pty Ltd"],
  [/\bLimited\b|\bLIMITED\b|\b(?:Ltd|LTD)\.?(?=\s|$|,)/, "Ltd"],
  [/\bPLC\b|\bplc\b/, "PLC"],
  [/\b(?:Inc|INC)\.?(?=\s|$|,)|\bIncorporated\b/, "Inc"],
  [/\bCorp\.?(?=\s|$|,)|\bCorporation\b/, "Corp"],
  [/\bS\.?A\.?R\.?L\.?(?=\s|$|,)/, "SARL"],
  [/\bS\.?A\.?S\.?U?(?=\s|$|,)/, "SAS"],
  [/\bEURL\b/, "EURL"],
  // Italian forms are written in any case ("GANG srls", "SMC SRL"); S.p.A. only capitalised, "spa" is a word.
  [/\b[Ss]\.?[Rr]\.?[Ll]\.?[Ss]\.?(?=\s|$|,)/, "S.r.l.s."],
  [/\b[Ss]\.?[Rr]\.?[Ll]\.?(?=\s|$|,)/, "S.r.l."],
  [/\bS\.?[Pp]\.?A\.?(?=\s|$|,)/, "S.p.A."],
  [/\bS\.?L\.?U?\.?(?=\s|$|,)/, "S.L."],
  [/\bS\.?A\.(?=\s|$|,)/, "S.A."],
  [/\bB\.V\.|\bBV\b/, "B.V."],
  [/\bN\.V\.|\bNV\b/, "N.V."],
  [/\bV\.O\.F\.|\bVOF\b/, "VOF"],
  [/\bSàrl\b/i, "Sàrl"],
];

// Each form anchored at the end of a name, compiled once: these run for every line of every page.
const FORM_AT_END: Array<[RegExp, string]> = FORMS.map(([pattern, label]) => [new RegExp(`(?:^|[\\s,])(?:${pattern.source})\\s*\\.?$`, pattern.flags), label]);
const FORM_TAIL: RegExp[] = FORMS.map(([pattern]) => new RegExp(`[\\s,]+(?:${pattern.source})\\s*\\.?$`, pattern.flags));

// Every form, case-insensitively, at the end: matches whenever any single form does (case-folding only
// widens a pattern), so one scan rules out the names that carry no form before the ordered tests.
const SOME_FORM_AT_END = new RegExp(`(?:^|[\\s,])(?:${FORMS.map(([p]) => `(?:${p.source})`).join("|")})\\s*\\.?$`, "i");

/** The legal form at the end of a company name ("Muster GmbH & Co. KG" → "GmbH & Co. KG"), or null. */
export function legalFormOf(name: string): string | null {
  const trimmed = name.trim();
  if (!SOME_FORM_AT_END.test(trimmed)) return null;
  for (const [tail, label] of FORM_AT_END) {
    if (tail.test(trimmed)) return label;
  }
  return null;
}

const FORM_SOURCE = FORMS.map(([p]) => `(?:${p.source})`).join("|");
// A company name: up to six capitalised words (with &, -, digits) followed by a legal form.
const NAME_WITH_FORM = new RegExp(
  `((?:[\\p{Lu}\\d][\\p{L}\\d'’.\\-!]*|&|und|and|de|von|der|für|fuer|of|the)(?:[ ,]+(?:[\\p{Lu}\\d][\\p{L}\\d'’.\\-!]*|&|und|and|de|von|der|für|fuer|of|the|[a-zäöüß][\\p{L}\\-]+(?=\\s+(?:${FORM_SOURCE})))){0,6}),?\\s+(?:${FORM_SOURCE})(?:\\s*\\.)?`,
  "gu",
);

// A name with a form always has whitespace right before the form; most lines have no form at all,
// and this one scan rules them out before the name pattern tries every word start.
const MAY_HOLD_FORM = new RegExp(`\\s(?:${FORM_SOURCE})`, "u");

/** The name without its trailing legal form ("Muster GmbH & Co. KG" → "Muster"). */
export function withoutLegalForm(name: string): string {
  const trimmed = name.trim();
  for (const tail of FORM_TAIL) {
    if (tail.test(trimmed)) return trimmed.replace(tail, "").trim();
  }
  return trimmed;
}

// Sentence words that the name pattern picks up in front of a name ("Ihr Team der Muster GmbH").
const LEADING_FILLER = /^(?:(?:&|und|and|of|the|den|dem|der|die|das|des|ihr|ihre|ihrem|ihren|unser|unsere|jetzt|fa\.?|firma|bei|mit|von|für|fuer|über|ueber|team|founder|co-founder|ceo|our|your|at|by|with|from|an|auf|zur|zum|this|welcome|willkommen|all|rights|reserved|contact|kontakt|about|über uns|is|a)\s+)+/i;

/** Every "Name + legal form" phrase in a line, e.g. "Ackermann Spülmaschinen GmbH". */
export function companyNamesIn(line: string): string[] {
  if (!MAY_HOLD_FORM.test(line)) return [];
  const found: string[] = [];
  for (const m of line.matchAll(NAME_WITH_FORM)) {
    const name = m[0]
      .replace(/^(?:\d+\s+(?:TMG|DDG|RStV|MStV|UWG|ECG|UStG)\s+)/, "")
      .replace(/^(?:copyright|©|\(c\))\s*/i, "")
      .replace(/^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s+(?=\S)/, "")
      .replace(LEADING_FILLER, "")
      .replace(/\s+/g, " ")
      .trim();
    if (/^(die|der|das|the|eine?|a|an|unsere?|our|our|als|as|by|von)\s/i.test(name)) continue;
    if (legalFormOf(name) && name.split(" ").length >= 2) found.push(name);
  }
  return found;
}

/** Legal forms stated in words ("Rechtsform: Kommanditgesellschaft", "sole trader"). */
export function statedLegalForm(line: string): string | null {
  const declared = /rechtsform\s*:?\s*.*\(([^)]+)\)/i.exec(line);
  if (declared) return legalFormOf(`x ${declared[1]}`);
  const labelled = /\brechtsform\s*:\s*(.+)$/i.exec(line);
  const labelledForm = labelled ? legalFormOf(`x ${labelled[1].trim()}`) ?? spelledOutForm(labelled[1]) : null;
  if (labelledForm) return labelledForm;
  if (/eingetragene[rn]?\s+verein|\bnicht[- ]rechtsf(ä|ae)hige[rn]?\s+verein/i.test(line)) return /nicht/i.test(line) ? "nicht rechtsfähiger Verein" : "e.V.";
  if (/\b(?:is|am|are|operates as|operating as|trading as) a sole trader\b|\(sole trader\)/i.test(line)) return "Sole trader";
  if (/\bZVR\b/.test(line)) return "Verein";
  if (/\beinzelunternehme(n|r)\b/i.test(line)) return "Einzelunternehmen";
  return null;
}

const LOWERCASE_FORMS: Record<string, string> = {
  gmbh: "GmbH", ug: "UG", ag: "AG", kg: "KG", ohg: "OHG", gbr: "GbR", "e.v.": "e.V.", "e.k.": "e.K.",
  llc: "LLC", llp: "LLP", plc: "PLC", bv: "BV", "b.v.": "B.V.", sarl: "SARL", sas: "SAS",
};

/**
 * A copyright line styled in all lower case ("© 2024 lindgren studio, inc.") still names the rights
 * holder; its words are capitalised and its legal form restored so the name-with-form pattern can read it.
 * Any other line is returned unchanged: lower-case words elsewhere are prose, not names.
 */
export function casedCopyrightLine(line: string): string {
  if (!/^\s*(?:©|\(c\)|copyright)/i.test(line) || line !== line.toLowerCase() || !/\p{L}{3}/u.test(line)) return line;
  return line.replace(/[\p{L}][\p{L}.]*/gu, (word) => {
    const bare = word.replace(/,$/, "");
    return LOWERCASE_FORMS[bare] ?? LOWERCASE_FORMS[bare.replace(/\.$/, "")] ?? word.charAt(0).toUpperCase() + word.slice(1);
  });
}

// "Rechtsform: Gesellschaft mit beschränkter Haftung", "Forme juridique : Société par actions simplifiée":
// the spelled-out form stands for the abbreviation a name would carry.
const SPELLED_OUT: Array<[RegExp, string]> = [
  [/^gesellschaft mit beschr(ä|ae)nkter haftung\b/i, "GmbH"],
  [/^aktiengesellschaft\b/i, "AG"],
  [/^kommanditgesellschaft\b/i, "KG"],
  [/^offene handelsgesellschaft\b/i, "OHG"],
  [/^gesellschaft b(ü|ue)rgerlichen rechts\b/i, "GbR"],
  [/^eingetragene(r)? kauf(mann|frau)\b/i, "e.K."],
  [/^eingetragene genossenschaft\b/i, "eG"],
  [/^eingetragener verein\b/i, "e.V."],
  [/^einzelunternehme(n|r|rin)\b/i, "Einzelunternehmen"],
  [/^soci[ée]t[ée] par actions simplifi[ée]e unipersonnelle\b/i, "SAS"],
  [/^soci[ée]t[ée] par actions simplifi[ée]e\b/i, "SAS"],
  [/^soci[ée]t[ée] [àa] responsabilit[ée] limit[ée]e\b/i, "SARL"],
  [/^entreprise unipersonnelle [àa] responsabilit[ée] limit[ée]e\b/i, "EURL"],
  [/^soci[ée]t[ée] anonyme\b/i, "SA"],
  [/^entreprise individuelle\b/i, "EI"],
  [/^societ[àa] a responsabilit[àa] limitata semplificata\b/i, "S.r.l.s."],
  [/^societ[àa] a responsabilit[àa] limitata\b/i, "S.r.l."],
  [/^societ[àa] per azioni\b/i, "S.p.A."],
  [/^sociedad limitada\b|^sociedad de responsabilidad limitada\b/i, "S.L."],
  [/^sociedad an[óo]nima\b/i, "S.A."],
  [/^besloten vennootschap\b/i, "B.V."],
  [/^naamloze vennootschap\b/i, "N.V."],
  [/^vennootschap onder firma\b/i, "VOF"],
  [/^eenmanszaak\b/i, "Eenmanszaak"],
  [/^private (company )?limited( by shares| company)?\b/i, "Ltd"],
  [/^limited liability partnership\b/i, "LLP"],
  [/^limited liability company\b/i, "LLC"],
  [/^public limited company\b/i, "PLC"],
  [/^sole (trader|proprietor(ship)?)\b/i, "Sole trader"],
];

export function spelledOutForm(text: string): string | null {
  const trimmed = text.trim();
  return SPELLED_OUT.find(([pattern]) => pattern.test(trimmed))?.[1] ?? null;
}
