import type { Observation, RegisterEntry } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { labelledFields, type LabelledField } from "./labelled-fields.ts";
import { companyNamesIn, legalFormOf, spelledOutForm, withoutLegalForm } from "./legal-form.ts";
import { registerEntries } from "./register-observations.ts";
import { isPlaceholderNumber, isPlaceholderText } from "./placeholder-value.ts";
import { canonicalVat } from "./vat-number.ts";
import { OTHER_ENTITY } from "./other-entity.ts";

// A labelled field says what its value is, so it is trusted a little above the same page's free text.
const LABEL_BONUS = 0.05;

/** Legal name, trading name, legal form, register entry and VAT id read from a page's labelled fields. */
export function extractLabelledFieldObservations(doc: ParsedPage): Observation[] {
  const fields = labelledFields(doc.lines);
  // Privacy pages weigh little for free text (they name processors and authorities), but a field labelled
  // as the company's own ("KvK-nummer: …" in the site footer) is the company's wherever it stands.
  const confidence = Math.max(pageWeight(doc), 0.5) + LABEL_BONUS;
  const out: Observation[] = [];
  const add = (field: string, value: unknown, c = confidence) => out.push(observation(field, value, doc, "labelled_field", c));
  for (const f of fields) {
    if (isPlaceholderText(f.value)) continue;
    if (f.kind === "legal_name") {
      const name = entityName(f.value);
      if (name) add("legal_name", name);
    } else if (f.kind === "holder" && doc.kind !== "privacy") {
      // Privacy policies label each processor "Anbieter: …"/"Provider: …"; there a holder is not the site's.
      const name = holderEntity(f, fields);
      if (name) add("legal_name", name, confidence - 0.05);
    } else if (f.kind === "trading_name") {
      const name = entityName(f.value);
      if (name) add("name", withoutLegalForm(name), 0.8);
    } else if (f.kind === "legal_form") {
      const form = legalFormOf(`x ${f.value}`) ?? spelledOutForm(f.value);
      if (form) add("legal_form", form);
    } else if (f.kind === "vat_id") {
      const vat = vatIn(f.value);
      if (vat) add("vat_id", vat);
    } else if (f.kind === "register_number") {
      for (const entry of registerOf(f, fields, doc.lines)) add("register", entry);
    }
  }
  return out;
}

// An owner or publisher field names the entity when it carries a legal form, or when the page states the
// form in a field of its own ("Propriétaire : Muster" … "Forme juridique : SAS" → "Muster SAS").
function holderEntity(field: LabelledField, fields: LabelledField[]): string | null {
  const named = companyNamesIn(field.value)[0];
  if (named) return isPlaceholderText(named) || OTHER_ENTITY.test(named) ? null : named;
  if (PERSON_HOLDER.test(field.label)) return null;
  const form = fields.map((f) => (f.kind === "legal_form" ? legalFormOf(`x ${f.value}`) ?? spelledOutForm(f.value) : null)).find(Boolean);
  const name = form ? entityName(field.value) : null;
  return name && form ? `${name} ${form}` : null;
}

// "Inhaber: Max Muster" names a person, whom a "Rechtsform: GmbH" elsewhere on the page does not turn into a company.
const PERSON_HOLDER = /^(?:inhaber|owner|titular|titolare|eigenaar)/i;

// "Muster GmbH, Hauptstraße 1, 12345 Stadt" or "Sogilis – 502… – 4 Avenue …": the name is the first part,
// unless what follows the comma is its legal form ("Fox & Timber, LLC").
function entityName(value: string): string | null {
  const first = value.split(/\s[–—-]\s|\s\(|,\s(?!(?:LLC|Inc|Ltd|L\.L\.C|S\.?A|S\.?L|LLP)\b)/u)[0].trim();
  const name = first.replace(/[,;:]+$/, "").trim();
  if (name.length < 2 || name.length > 90 || /@|https?:|www\.|\d{4,}/i.test(name) || name.split(" ").length > 10) return null;
  if (!/^(?:[\p{Lu}\d]|(?:de|van|von|le|la|di|da|el)\s)/u.test(name) || isPlaceholderText(name)) return null;
  return name;
}

// VAT ids: an optional country prefix (two letters, or CHE) and 8 to 14 further characters, most of them digits.
const VAT_TOKEN = /(?:^|\s)((?:[A-Z]{2}|CHE)?[-\s]?[0-9A-Z][0-9A-Z.\s-]{6,18}[0-9A-Z])(?=$|[\s,;)])/u;

function vatIn(value: string): string | null {
  const m = VAT_TOKEN.exec(value.replace(/\s*(?:MWST|TVA|IVA|BTW)\s*$/i, ""));
  if (!m) return null;
  const vat = canonicalVat(m[1].trim());
  const digits = vat.replace(/\D/g, "").length;
  return digits >= 7 && vat.replace(/[^0-9A-Z]/g, "").length <= 16 && !isPlaceholderNumber(vat) ? vat : null;
}

// Registers whose label is also the register's name, written the way the site writes it.
const NAMED_REGISTER: Array<[RegExp, (label: string) => string]> = [
  [/^(?:kvk|kamer van koophandel)/i, (label) => (/^kvk/i.test(label) ? "KvK" : "Kamer van Koophandel")],
  [/rea$/i, () => "REA"],
  [/^abn$/i, () => "Australian Business Register (ABN)"],
];

function registerOf(field: LabelledField, fields: LabelledField[], lines: readonly string[]): RegisterEntry[] {
  const window = lines.slice(Math.max(0, field.line - 2), field.line + 3).join(" ");
  // The value alone first: "Handelsregisternummer: HRB 1" must not read "nummer" as a court; "KvK: 1" needs its label.
  const fromValue = registerEntries(field.value, window);
  const known = (fromValue.length ? fromValue : registerEntries(`${field.label} ${field.value}`, window)).filter((e) => !isPlaceholderNumber(e.number));
  if (known.length) return known.map((e) => ({ court: e.court ?? courtNear(field, fields), number: e.number }));
  const number = /^[A-Z]{0,4}[\s-]?\d[\d\s./-]{2,24}[A-Za-z]?(?=$|[\s,;)])/u.exec(field.value)?.[0].trim();
  if (!number || (number.match(/\d/g) ?? []).length < 4 || isPlaceholderNumber(number)) return [];
  const named = NAMED_REGISTER.find(([pattern]) => pattern.test(field.label.trim()));
  return [{ court: named ? named[1](field.label.trim()) : courtNear(field, fields), number: number.replace(/\s+/g, " ") }];
}

// A court labelled on its own ("Registergericht: Amtsgericht Ulm") within two lines of the number.
function courtNear(field: LabelledField, fields: LabelledField[]): string | null {
  const court = fields.find((f) => f.kind === "court" && Math.abs(f.line - field.line) <= 2 && !isPlaceholderText(f.value));
  if (!court) return null;
  const text = court.value.split(/[,;(]|\s(?:HR[AB]|VR|FN|Nr\.?|No\.?)\b/u)[0].trim();
  return /\p{L}{3}/u.test(text) && text.length <= 60 && !/\d{3}/.test(text) ? text : null;
}
