import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { canonicalVat, swissUid } from "./vat-number.ts";
import { isPlaceholderNumber } from "./placeholder-value.ts";

const VAT_LABEL = /ust|umsatzsteuer|vat|tva|btw|iva|partita|\buid\b|mwst|mehrwertsteuer|steuer-?id|nif|cif|gst/i;
const VAT = /\b(ATU\s?\d{8}|BE\s?0?\d{3}[.\s]?\d{3}[.\s]?\d{3}|DE\s?\d{3}\s?\d{3}\s?\d{3}|FR\s?[0-9A-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}|NL\s?\d{9}\s?B\s?\d{2}|IT\s?\d{11}|ES\s?[A-Z0-9]\d{7}[A-Z0-9]|GB\s?\d{3}\s?\d{4}\s?\d{2}|LU\s?\d{8}|DK\s?\d{8}|PL\s?\d{10}|CHE[-\s]?\d{3}\.?\d{3}\.?\d{3})\b/;
const DE_REGISTER = /\b(HRB|HRA|GnR|GsR|PR|VR|FN)(?:[-\s]?Nr\.?)?\s*[:.]?\s*(\d{1,7}(?:[A-Za-z]\b|\s(?:B|HB)\b)?)/;
const COURT = /(Amtsgericht|Registergericht|Landesgericht|Handelsgericht|Handelsregister(?:amt)? des Kantons)\s*:?\s*([\p{Lu}][\p{L}.-]+(?:\s(?:am|an der|in|im|\(?[\p{Lu}][\p{L}.-]+\)?)){0,3})/u;

/** VAT ids and company-register entries (court + number) stated on one page. */
export function extractRegisterObservations(doc: ParsedPage): Observation[] {
  const out: Observation[] = [];
  const weight = pageWeight(doc);
  const method = doc.kind === "imprint" ? "imprint_text" : "page_text";
  doc.lines.forEach((line, i) => {
    const window = doc.lines.slice(Math.max(0, i - 2), i + 3).join(" ");
    const near = `${doc.lines[i - 1] ?? ""} ${line}`;
    const vat = VAT.exec(line);
    if (vat && VAT_LABEL.test(near) && !isPlaceholderNumber(vat[1])) out.push(observation("vat_id", canonicalVat(vat[1]), doc, method, weight));
    else {
      const national = nationalTaxId(line);
      if (national && !isPlaceholderNumber(national)) out.push(observation("vat_id", national, doc, method, weight - 0.05));
    }
    for (const entry of registerEntries(line, window)) if (!isPlaceholderNumber(entry.number)) out.push(observation("register", entry, doc, method, weight));
  });
  return out;
}


// Spanish CIF/NIF and Italian Partita IVA are usually printed without the country prefix.
function nationalTaxId(line: string): string | null {
  const es = /\b(?:CIF|NIF|N\.I\.F\.|C\.I\.F\.)\s*:?\s*(?:ES)?[-\s]?([A-HJ-NP-SUVW]-?\d{7}-?[0-9A-J]|\d{8}-?[A-Z])\b/.exec(line);
  if (es) return es[1].replace(/-/g, "");
  const it = /\b(?:P\.?\s?IVA|Partita\s+IVA|C\.F\.\s*(?:e|\/)\s*P\.?\s?IVA)\s*:?\s*(?:IT)?\s?(\d{11})\b/i.exec(line);
  return it ? it[1] : null;
}


export function registerEntries(line: string, window: string): Array<{ court: string | null; number: string }> {
  const entries: Array<{ court: string | null; number: string }> = [];
  const de = DE_REGISTER.exec(line);
  if (de && !/\d/.test(line.charAt(de.index - 1))) entries.push({ court: germanCourt(line, window, de[0]), number: `${de[1]} ${de[2].trim()}` });
  // "0C358891": a zero typed for the O of an LLP/Scottish prefix (OC, SC, NI) is read as the letter.
  const uk = /(?:company|registration|registered|reg\.?)\s*(?:number|no\.?|nr\.?|#)\s*:?\s*(\d{6,8}|[A-Z]{2}\d{6}|0[CN]\d{6})\b/i.exec(line);
  if (uk) {
    const number = uk[1].replace(/^0(?=[CN])/, "O");
    entries.push({ court: companiesHouse(window, number), number });
  }
  const charity = /\bregistered charity\s*\(?\s*(?:no|number|nr)\.?\s*:?\s*(\d{6,7})\b/i.exec(line);
  if (charity && !/scotland|scottish/i.test(window)) entries.push({ court: "Charity Commission (England and Wales)", number: charity[1] });
  const siret = frenchEstablishmentNumber(line);
  if (siret) entries.push({ court: null, number: siret });
  const abn = /\bABN\s*:?\s*(\d{2}\s?\d{3}\s?\d{3}\s?\d{3})\b/.exec(line);
  if (abn) entries.push({ court: "Australian Business Register (ABN)", number: abn[1] });
  const uei = /\bUEI\b[^A-Z0-9]{0,20}([A-Z0-9]{12})\b/.exec(line);
  if (uei) entries.push({ court: "SAM.gov Unique Entity ID (UEI)", number: uei[1] });
  const zvr = /\bZVR(?:-?Zahl|-?Nummer|-?Nr\.?)?\s*:?\s*(\d{6,10})\b/i.exec(line);
  if (zvr) entries.push({ court: null, number: `ZVR ${zvr[1]}` });
  // The register is named the way the site names it ("KvK" or "Kamer van Koophandel"), as a reader would copy it.
  const kvk = /\b(KvK|KVK|Kamer van Koophandel)(?:\s?-?nummer|\s?nr\.?|\))?\s*(?:number|nummer)?\s*:?\s*(\d{8})\b/.exec(line);
  if (kvk) entries.push({ court: /^kvk$/i.test(kvk[1]) ? "KvK" : "Kamer van Koophandel", number: kvk[2] });
  const rcs = /\bRCS\s+([\p{Lu}][\p{L}-]+)\s*(?:[AB]\s*)?(\d{3}\s?\d{3}\s?\d{3})\b/u.exec(line);
  if (rcs) entries.push({ court: `RCS ${rcs[1]}`, number: rcs[2] });
  // French imprints often print "SIREN : 123 456 789" and "RCS Ville" on separate lines.
  const siren = rcs ? null : /\bSIREN\s*:?\s*(\d{3}\s?\d{3}\s?\d{3})\b/.exec(line);
  const rcsCity = siren ? /\bRCS\s+(?:de\s+)?([\p{Lu}][\p{L}-]+)/u.exec(window) : null;
  if (siren) entries.push({ court: rcsCity ? `RCS ${rcsCity[1]}` : null, number: siren[1] });
  const rea = /\bREA\s*(?:n\.?|nr\.?)?\s*:?\s*([A-Z]{2})\s*[-–]?\s*(\d{4,7})\b/.exec(line);
  // "REA NO-231235": the REA register of the province (NO = Novara), number as printed with its province.
  if (rea) entries.push({ court: "REA", number: `${rea[1]}-${rea[2]}` });
  const che = /\b(CHE[-\s]?\d{3}\.?\d{3}\.?\d{3})\b/.exec(line);
  if (che && /handelsregister|registre du commerce|uid|unternehmens-?id/i.test(window)) entries.push({ court: swissCourt(window), number: swissUid(che[1]) });
  return entries;
}

function germanCourt(line: string, window: string, numberText: string): string | null {
  const onLine = COURT.exec(line);
  if (onLine) return courtName(onLine[1], onLine[2]);
  const bareOnLine = /handelsregister\s*:?\s*([\p{Lu}][\p{L}-]+(?:\s(?:am|an der)\s[\p{Lu}][\p{L}]+)?)\s+(?:HRB|HRA)/iu.exec(line);
  if (bareOnLine) return bareOnLine[1];
  const court = COURT.exec(window);
  if (court) return courtName(court[1], court[2]);
  const after = line.slice(line.indexOf(numberText) + numberText.length);
  const ag = /^\s*,?\s*\(?AG\s+([\p{Lu}][\p{L}-]+)/u.exec(after) ?? /\bAG\s+([\p{Lu}][\p{L}-]+)/u.exec(line);
  if (ag) return `Amtsgericht ${ag[1]}`;
  const bare = /handelsregister\s*:?\s*([\p{Lu}][\p{L}-]+(?:\s(?:am|an der)\s[\p{Lu}][\p{L}]+)?)\s+(?:HRB|HRA)/iu.exec(line);
  return bare ? bare[1] : null;
}

const NOT_PART_OF_COURT = /^(Register|Reg|HR[AB]|Handels|Umsatz|USt|Vertret|Gesch|Sitz|Steuer|Nr|Nummer|VR|GnR|PR|Eingetragen|Inhaber|Aufsicht|Tel|Telefon|E-Mail)/;

function courtName(kind: string, place: string): string {
  const words = place.split(" ");
  const cut = words.findIndex((w, i) => i > 0 && NOT_PART_OF_COURT.test(w.replace(/^\(/, "")));
  const name = (cut > 0 ? words.slice(0, cut) : words).join(" ").replace(/[(),.]+$/, "");
  if (name.startsWith("Amtsgericht")) return courtName("Amtsgericht", name.replace(/^Amtsgericht\s*/, ""));
  if (/^AG\s/.test(name)) return `Amtsgericht ${name.slice(3)}`;
  return kind === "Registergericht" ? name : `${kind} ${name}`;
}

// Where the text names no jurisdiction, the Companies House number's prefix does: S… Scotland, N…/R0
// Northern Ireland, digits or another prefix (OC, LP, FC …) England and Wales.
function companiesHouse(window: string, number: string): string {
  if (/scotland/i.test(window)) return "Companies House (Scotland)";
  if (/northern ireland/i.test(window)) return "Companies House (Northern Ireland)";
  if (/england|wales/i.test(window)) return "Companies House (England and Wales)";
  if (/^S[CFLOPRZAEG]\d/.test(number)) return "Companies House (Scotland)";
  if (/^(N[ICFLOPR]|R0)\d/.test(number)) return "Companies House (Northern Ireland)";
  return "Companies House (England and Wales)";
}

// A French SIRET (14 digits, Luhn) labelled as such, or standing alone on the owner line of a mentions légales
// ("Propriétaire : Sogilis – 50201207300032 – 4 Avenue …"); the checksum keeps phone and order numbers out.
function frenchEstablishmentNumber(line: string): string | null {
  const labelled = /\bSIRET\s*(?:n°|no\.?)?\s*:?\s*(\d{3}\s?\d{3}\s?\d{3}\s?\d{5})\b/i.exec(line);
  const owner = labelled ? null : /^(?:Propriétaire|Éditeur|Editeur|Raison sociale)\b.*?(?:^|[\s–:-])(\d{14})(?=[\s–,-]|$)/iu.exec(line);
  const digits = (labelled?.[1] ?? owner?.[1] ?? "").replace(/\s/g, "");
  return digits.length === 14 && luhnValid(digits) ? digits : null;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function swissCourt(window: string): string | null {
  const m = /Handelsregister(?:amt)? des Kantons [\p{Lu}][\p{L}]+/u.exec(window);
  return m ? m[0] : null;
}
