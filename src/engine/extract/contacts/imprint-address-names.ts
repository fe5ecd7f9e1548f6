import type { TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName } from "./person-name.ts";
import { startsWithKnownGivenName } from "./name-gazetteer.ts";
import { mentionsKnownRole } from "./role-class.ts";
import { isCreditLine } from "./noise-zones.ts";
import { representativeClass } from "./representative-class.ts";
import { nameMatchingEmail } from "./nearby-email.ts";

const IMPRINT_PATH = /impressum|imprint|legal[-_ ]?notice|mentions[-_ ]?legales|aviso[-_ ]?legal|note[-_ ]?legali|colofon|offenlegung/i;
const IMPRINT_HEADING = /^(?:impressum|imprint|legal notice|site notice|mentions légales|colofon|aviso legal|note legali|offenlegung)$|angaben gem(?:ä|ae)(?:ß|ss) § ?5/iu;
const ACADEMIC_TITLE = /^(?:Dr|Prof|Dipl|Mag|Ing|Univ)\b/u;
// "Musterstraße 4", "12 High Street", "D-12345 Stadt", "1010 Wien": the line under the addressee.
const ADDRESS_LINE = /^(?:\p{L}[\p{L}.'’ -]{1,40}\s\d{1,4}\s?[a-zA-Z]?(?:[-/]\d{1,4})?\b|\d{1,5}[a-zA-Z]?\s+\p{Lu}\p{L}+|(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}\p{L})/u;
const LOOK_AHEAD = 6;
const MAX_NAME_LINE = 60;

/**
 * The addressee of a sole trader's imprint: "Impressum / Dr. med. Anna Roe / Musterstraße 4 /
 * 12345 Stadt" names the owner without any label. Only a line that is nothing but a person's name
 * (a known given name or an academic title), right above an address, on an imprint page, and not
 * under a label (data-protection officer, credits) counts; incorporated firms and associations name
 * their representatives with labels, which role-line-people reads.
 */
export function extractImprintAddressNames(lines: TextLine[], sourceUrl: string, legalContext: string): PersonCandidate[] {
  if (representativeClass(legalContext) !== "owner" || !isImprint(sourceUrl, lines)) return [];
  const found: PersonCandidate[] = [];
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (text.length > MAX_NAME_LINE || !ADDRESS_LINE.test(lines[i + 1]?.text ?? "")) return;
    if (underLabel(lines, i)) return;
    const name = parsePersonName(text);
    if (!name?.last_name || !(ACADEMIC_TITLE.test(text) || startsWithKnownGivenName(name))) return;
    found.push({
      ...name, role: null, roleClass: "owner", email: nameMatchingEmail(lines, i + 1, i + 1 + LOOK_AHEAD, name),
      phone: null, linkedinUrl: null, method: "imprint_text", sourceUrl, confidence: 0.7,
    });
  });
  return found;
}

function isImprint(url: string, lines: TextLine[]): boolean {
  let path = "";
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  return IMPRINT_PATH.test(path) || lines.slice(0, 80).some((l) => IMPRINT_HEADING.test(l.text.trim()));
}

// A name under "Datenschutzbeauftragter:", "Fotos:" or a role is someone else's block.
function underLabel(lines: TextLine[], i: number): boolean {
  return lines.slice(Math.max(0, i - 2), i).some((l) => /:\s*$/.test(l.text) || isCreditLine(l.text) || mentionsKnownRole(l.text));
}
