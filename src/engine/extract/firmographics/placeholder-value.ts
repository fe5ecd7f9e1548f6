// Template imprints ship with their blanks still in them ("[USt-IdNr. eintragen]", "DE123456789",
// "HRB XXXXX", "Musterfirma GmbH"): a value that only fills a form's slot is not a fact of the company.

const BLANK = /^(?:[-–—_.…*?/\\x]+|n\/?a|none|nil|null|keine?|nicht vorhanden|entf(?:ä|ae)llt|folgt|tbd|tba|to follow|à venir|pending|beantragt|in gr(?:ü|ue)ndung)$/i;
const FORM_SLOT = /[[\]{}<>]|\b(?:eintragen|ergänzen|ergaenzen|einfügen|einfuegen|bitte|please (?:add|enter|insert)|insert|enter your|à compléter|a completer|da inserire|completar|invullen)\b/i;
const SAMPLE_WORD = /\b(?:muster(?:firma|mann|frau|stadt|straße|strasse|gmbh)?|mustermann|beispiel(?:firma|stadt)?|lorem|ipsum|example|sample|your company|company name|ihre firma|ihr unternehmen|firmenname|unternehmensname|votre (?:société|entreprise)|nom de (?:la )?société|la tua azienda|nome azienda|su empresa|nombre de (?:la )?empresa|uw bedrijf)\b/i;

/** True for a form slot, a dash or a sample text instead of a real value. */
export function isPlaceholderText(value: string): boolean {
  const text = value.trim();
  return !text || BLANK.test(text) || FORM_SLOT.test(text) || SAMPLE_WORD.test(text) || /x{3,}|0{6,}/i.test(text);
}

/** True for an identifier whose digits are a run such as 123456789, 12345 or 0000000. */
export function isPlaceholderNumber(raw: string): boolean {
  const digits = raw.replace(/\D/g, "");
  if (digits.length < 4) return false;
  if (/^(\d)\1+$/.test(digits)) return true;
  const ascending = "01234567890123456789";
  return digits.length >= 5 && ascending.includes(digits);
}
