import type { RoleClass } from "../../types.ts";
import type { TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parseNameList, type NameList } from "./name-list.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { LABEL_ALONE, LABEL_COPULA_NAMES, LABEL_THEN_NAMES, LABEL_WITH_COLON, REPRESENTATION_LABEL } from "./role-labels.ts";
import { classifyRole } from "./role-class.ts";
import { isCreditLine } from "./noise-zones.ts";
import { representativeClass } from "./representative-class.ts";
import { LEGAL_FORM_PATTERN } from "./non-name-words.ts";
import { nameMatchingEmail } from "./nearby-email.ts";

const FOLLOWING_LINES = 4;
const EXTERNAL_OFFICER = /datenschutzbeauftragte|data protection officer/i;

/**
 * Imprint-style role lines: "Geschäftsführer: A und B", "Vertreten durch:" with the names on the
 * next lines, "Verantwortlich nach § 18 Abs. 2 MStV: A".
 */
export function extractRoleLinePeople(lines: TextLine[], sourceUrl: string, legalContext: string, language?: string): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (isCreditLine(text)) continue;
    const label = readLabel(text);
    if (!label) continue;
    const lists = label.rest ? [parseNameList(label.rest)] : [];
    // A bare role right under a name is that person's caption ("Jane Roe" / "Co-founder"), not a heading.
    const captionOfPrevious = !label.rest && !/:\s*$/.test(text) && !!parsePersonName(lines[i - 1]?.text ?? "");
    if (!lists[0]?.people.length && !captionOfPrevious) lists.push(...namesOnFollowingLines(lines, i + 1));
    if (EXTERNAL_OFFICER.test(label.label) && isExternalFirm(lists, lines.slice(i + 1, i + 2 + FOLLOWING_LINES))) continue;
    const context = `${legalContext} ${lines.slice(Math.max(0, i - 25), i).map((l) => l.text).join(" ")}`;
    const people = lists.flatMap((list) => toCandidates(list, label.label, context, sourceUrl, language));
    const blockEnd = i + 1 + lists.length + FOLLOWING_LINES;
    for (const person of people) person.email = nameMatchingEmail(lines, i, blockEnd, person);
    found.push(...people);
  }
  return found;
}

function readLabel(text: string): { label: string; rest: string } | null {
  if (text.length > 240) return null;
  // A sentence ("Verantwortlich für den Inhalt ist A") counts only when nothing but names follows the verb;
  // it goes first because a label's free-text tail would otherwise swallow the names.
  const copula = LABEL_COPULA_NAMES.exec(text);
  const names = copula ? parseNameList(copula[2] ?? "") : null;
  if (copula && names?.people.length && !names.leftover) return { label: (copula[1] ?? "").trim(), rest: (copula[2] ?? "").trim() };
  const alone = LABEL_ALONE.exec(text);
  if (alone) return { label: (alone[1] ?? "").trim(), rest: "" };
  const colon = LABEL_WITH_COLON.exec(text);
  if (colon) return { label: (colon[1] ?? "").trim(), rest: (colon[2] ?? "").trim() };
  const bare = LABEL_THEN_NAMES.exec(text);
  if (bare && parseNameList(bare[2] ?? "").people.length) return { label: (bare[1] ?? "").trim(), rest: (bare[2] ?? "").trim() };
  return null;
}

function namesOnFollowingLines(lines: TextLine[], from: number): NameList[] {
  const lists: NameList[] = [];
  for (let j = from; j < Math.min(lines.length, from + FOLLOWING_LINES); j++) {
    const text = lines[j]?.text ?? "";
    if (readLabel(text) || isCreditLine(text)) break;
    // A sub-label such as "Ansprechpartner für datenschutzrechtliche Fragen:" precedes the name.
    // Austrian imprints cite the law in it: "Informationspflicht laut § 5 ECG … und § 25 MedienG:".
    if (j === from && /:\s*$/.test(text) && text.length < 200) continue;
    const list = parseNameList(text);
    if (!list.people.length) break;
    lists.push(list);
    if (list.leftover) break;
  }
  return lists;
}

function toCandidates(list: NameList, label: string, legalContext: string, sourceUrl: string, language?: string): PersonCandidate[] {
  return list.people.map((person) => {
    const role = [label, list.sharedRole, person.role].filter(Boolean).join(" – ");
    const explicit = [list.sharedRole, person.role].filter(Boolean).join("; ");
    const roleWords = label.replace(REPRESENTATION_LABEL, "").trim();
    const roleClass: RoleClass =
      !roleWords && !explicit ? representativeClass(legalContext) : classifyRole(explicit ? `${label}; ${explicit}` : label, language);
    const ordered = surnameFirstCorrected(person, legalContext);
    return {
      ...ordered,
      role,
      roleClass,
      email: null,
      phone: null,
      linkedinUrl: null,
      method: "imprint_text",
      sourceUrl,
      confidence: 0.9,
    };
  });
}

// "Inhaber: Lehmann Elvira": imprints sometimes put the surname first; when the first token is the
// family name the business carries and the last one is not, the order is swapped back.
function surnameFirstCorrected(person: ParsedName, legalContext: string): ParsedName {
  const tokens = person.name.split(" ");
  if (tokens.length !== 2 || tokens.some((t) => t.length < 3 || t.endsWith("."))) return person;
  const [first, last] = tokens as [string, string];
  const inContext = (word: string): boolean => legalContext.split(/[^\p{L}]+/u).includes(word);
  if (!inContext(first) || inContext(last)) return person;
  return { name: `${last} ${first}`, first_name: last, last_name: first };
}

// A data-protection officer whose name comes with another firm ("…, Muster Datenschutz GmbH") is a
// contractor of the company, not one of its people.
function isExternalFirm(lists: NameList[], nextLines: TextLine[]): boolean {
  if (lists.some((l) => l.leftover && LEGAL_FORM_PATTERN.test(l.leftover))) return true;
  return nextLines.some((line) => LEGAL_FORM_PATTERN.test(line.text) && line.text.length < 80);
}
