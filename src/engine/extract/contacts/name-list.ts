import { mentionsKnownRole } from "./role-class.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { LEADING_ROLE_IN_NAMES } from "./role-labels.ts";
import { LEGAL_FORM_PATTERN } from "./non-name-words.ts";

export interface NamedPerson extends ParsedName {
  /** A role printed with this one name, e.g. "(Vorsitzender)" or ", Managing Director". */
  role: string | null;
}

export interface NameList {
  people: NamedPerson[];
  /** A role word that opened the list ("die Geschäftsführer A und B" → "Geschäftsführer"). */
  sharedRole: string | null;
  /** Text that was neither a name nor a role (an address, a company) — the list ended there. */
  leftover: string | null;
}

const SEPARATOR = /\s*(?:[,;|•·]|\s[/–—-]\s|\s+(?:und|and|sowie|et|en|y|e|&|as well as)\s+|\s&\s)\s*/iu;

/** Reads "A, B und C", "Dr. A (Vorsitzender), B" or "die Geschäftsführer A und B" into names with roles. */
export function parseNameList(raw: string): NameList {
  let text = raw.replace(/[.\s]+$/, "").trim();
  let sharedRole: string | null = null;
  const lead = LEADING_ROLE_IN_NAMES.exec(text);
  if (lead?.[1]) {
    sharedRole = lead[1].trim();
    text = text.slice(lead[0].length);
  }
  const people: NamedPerson[] = [];
  for (const segment of splitOutsideParentheses(text)) {
    const { bare, note } = splitParenthetical(segment);
    const parsed = bare ? parsePersonName(bare) : null;
    if (parsed) {
      people.push({ ...parsed, role: note && mentionsKnownRole(note) ? note : null });
      continue;
    }
    const last = people[people.length - 1];
    if (last && !last.role && bare && mentionsKnownRole(bare) && !LEGAL_FORM_PATTERN.test(bare)) last.role = bare;
    else if (bare && !isPostNominal(bare)) return { people, sharedRole, leftover: bare };
  }
  return { people, sharedRole, leftover: null };
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const match = SEPARATOR.exec(text.slice(i));
    if (match && match.index === 0 && match[0].length > 0) {
      parts.push(text.slice(start, i));
      i += match[0].length - 1;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

function splitParenthetical(segment: string): { bare: string; note: string | null } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(segment);
  return m ? { bare: (m[1] ?? "").trim(), note: (m[2] ?? "").trim() || null } : { bare: segment.trim(), note: null };
}

// "Dr. Mital Patel, OD" or "Jane Roe, MBA": a short all-capital degree after the name is not a new item.
function isPostNominal(text: string): boolean {
  return /^(?:[A-Z]{2,4}|Ph\.?D|M\.?Sc|B\.?Sc|LL\.?M|Jr|Sr)\.?$/.test(text);
}
