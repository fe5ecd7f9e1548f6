import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { normalizePhone } from "./phone-normalize.ts";

const NUMBER = /(?:\(?\+\s?\d{1,3}\)?|\(0\d+\)|\d)[\d\s()/.\-–‐‑]{4,22}\d/g;
const FAX_LABEL = /(?:tele)?fax|\bF\s*[:.]|faxnummer|télécopie/i;
const PHONE_LABEL = /t[ée]l(?:efon|ephone|éphone|\.|:|\b)|phone|\bfon\b|fon:|mobil|mobile|handy|\bcall\b|\bT\s*[:.]|\bM\s*[:.]|\bP\s*[:.]|\bph\b|\bmob\b|\bruf\b|☎|📞|📱|telefono|teléfono|anruf|hotline|whatsapp/i;
// Numbers printed next to these belong to helplines and supervisory bodies, not to the company.
const FOREIGN_CONTEXT = /helpline|commissioner|\bICO\b|authority|aufsichtsbeh(ö|oe)rde|datenschutzbeauftragte|beh(ö|oe)rde|verbraucherzentrale|polizei|notruf|emergency|samaritans|lifeline|beyond blue|crisis/i;
const NOT_A_PHONE_CONTEXT = /iban|bic|swift|hrb|hra|ust|vat|steuer|tax|abn|acn|kvk|siret|siren|reg(istr)?|konto|blz|zvr|uid|cage|uei|ncage|plz|postcode|zip/i;

export interface PhoneSighting {
  kind: "phone" | "fax";
  number: string;
}

/** Labelled numbers in one line; a label applies to the numbers after it until the next label. */
export function phonesInLine(line: string, inherited: "phone" | "fax" | null, country: string | null): PhoneSighting[] {
  const found: PhoneSighting[] = [];
  let label = inherited;
  let cursor = 0;
  for (const match of line.matchAll(NUMBER)) {
    const before = line.slice(cursor, match.index);
    label = labelIn(before) ?? label;
    cursor = match.index + match[0].length;
    const international = /^\(?\+/.test(match[0]);
    if (NOT_A_PHONE_CONTEXT.test(before.slice(-25)) || (label === null && !international) || looksLikeTime(match[0], line.slice(cursor))) continue;
    const number = normalizePhone(match[0], country);
    if (number) found.push({ kind: label ?? "phone", number });
  }
  return found;
}

// Opening hours ("08.30 – 9.00 Uhr") and dates look like numbers to the pattern.
function looksLikeTime(text: string, after: string): boolean {
  return /\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text) || /^\s*(uhr|h\b|am\b|pm\b|o'clock)/i.test(after);
}

function labelIn(text: string): "phone" | "fax" | null {
  const fax = lastIndex(text, FAX_LABEL);
  const phone = lastIndex(text, PHONE_LABEL);
  if (fax < 0 && phone < 0) return null;
  return fax > phone ? "fax" : "phone";
}

function lastIndex(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, "gi");
  let last = -1;
  for (const m of text.matchAll(global)) last = m.index;
  return last;
}

/** Phone and fax observations from tel: links and labelled text lines of one page. */
export function extractPhoneObservations(doc: ParsedPage, country: string | null): Observation[] {
  const out: Observation[] = [];
  const weight = pageWeight(doc);
  const { $ } = doc;
  $("a[href^='tel:' i]").each((_, el) => {
    const context = `${$(el).parent().text()} ${$(el).text()}`;
    if (FOREIGN_CONTEXT.test(context)) return;
    const kind = /fax/i.test($(el).text()) || labelIn(textBefore($, el)) === "fax" ? "fax" : "phone";
    const number = normalizePhone(decodeURI(($(el).attr("href") ?? "").slice(4)), country);
    if (number) out.push(observation(kind, number, doc, "tel", weight + 0.05));
  });
  const footer = new Set(doc.footerLines);
  const header = new Set(doc.headerLines);
  let inherited: "phone" | "fax" | null = null;
  doc.lines.forEach((line, i) => {
    const context = doc.lines.slice(Math.max(0, i - 2), i + 1).join(" ");
    const skip = FOREIGN_CONTEXT.test(context) || (doc.kind !== "imprint" && isPersonCard(doc.lines, i));
    const sightings = skip ? [] : phonesInLine(line, inherited, country);
    inherited = dangling(line);
    const bonus = footer.has(line) || header.has(line) ? 0.1 : 0;
    for (const s of sightings) out.push(observation(s.kind, s.number, doc, doc.kind === "imprint" ? "imprint_text" : "page_text", weight + bonus));
  });
  return out;
}

const ROLE = /leiter|leitung|gesch(ä|ae)ftsf(ü|ue)hr|inhaber|manager|assistent|assistant|sachbearbeit|vertrieb|verkauf|techni(k|ker)|meister|director|head of|officer|\bceo\b|\bcfo\b|\bcto\b|buchhaltung|rechnungswesen|einkauf|berater|consultant|referent|sekretariat|disposition|kundendienst|au(ß|ss)endienst|innendienst|projekt|coordinator|koordinat/i;
const PERSON_NAME = /^(?:(?:Dr|Prof|Dipl|Ing|Mag)\.?[-\s]*)*[\p{Lu}][\p{Ll}]+(?:[\s-][\p{Lu}][\p{Ll}]+){1,2}$/u;

// A number right under "Name / Role" is that person's direct line, not the company's.
function isPersonCard(lines: string[], index: number): boolean {
  const above = lines.slice(Math.max(0, index - 3), index);
  return above.some((l) => PERSON_NAME.test(l)) && above.some((l) => ROLE.test(l) && l.length < 80);
}

// "Telefon:" alone on a line labels the number on the next line.
function dangling(line: string): "phone" | "fax" | null {
  if (line.length > 30 || /\d{4}/.test(line)) return null;
  return labelIn(line);
}

function textBefore($: ParsedPage["$"], el: Parameters<ParsedPage["$"]>[0]): string {
  const prev = $(el as never).prev();
  const parentText = $(el as never).parent().text();
  const own = $(el as never).text();
  const idx = parentText.indexOf(own);
  return `${prev.text()} ${idx > 0 ? parentText.slice(Math.max(0, idx - 20), idx) : ""}`;
}
