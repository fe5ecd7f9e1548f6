import type { PersonCandidate } from "./person-candidate.ts";
import type { RoleClass } from "../../types.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { classifyRole, mentionsKnownRole } from "./role-class.ts";
import { representativeClass } from "./representative-class.ts";
import { LEADING_ROLE_IN_NAMES } from "./role-labels.ts";

// Phrases inside running text that name who runs the business ("… (operated by Jane Roe) is …",
// "… vertr. d. d. Vorstand Max Muster …"). Privacy policies of sole practices often hold the only full name.
const OWNERSHIP = /\b(?:operated|owned|run) by\s+|\bbetrieben von\s+|\bexploitée? par\s+|\bgerund door\s+/giu;
const REPRESENTATION = /\b(?:vertreten durch|vertr\.\s*(?:d\.\s*d\.|durch)|represented by|représentée? par|vertegenwoordigd door)\s+/giu;
// "Ich bin Jane Roe, Inhaberin …" counts only with a role right after the name.
const SELF_INTRODUCTION = /\b(?:ich bin|mein name ist|my name is|i am|i'm|je suis|je m'appelle|ik ben|mijn naam is|mi chiamo|sono|me llamo|soy)\s+/giu;
const NAME_HEAD = /^((?:(?:Dr|Prof|Dipl|Mag)\.[\s-]*)*(?:\p{Lu}[\p{L}'’`-]+\.?\s+){1,3}\p{Lu}[\p{L}'’`-]+)/u;

/** People named inside a sentence after "operated by", "vertreten durch" and similar phrases. */
export function extractSentencePeople(text: string, sourceUrl: string, legalContext: string): PersonCandidate[] {
  const found: PersonCandidate[] = [];
  const kinds = [[OWNERSHIP, "owner"], [REPRESENTATION, "representative"], [SELF_INTRODUCTION, "self"]] as const;
  for (const [pattern, kind] of kinds) {
    for (const match of text.matchAll(pattern)) {
      let rest = text.slice((match.index ?? 0) + match[0].length);
      const lead = LEADING_ROLE_IN_NAMES.exec(rest);
      const role = lead?.[1]?.trim() ?? null;
      if (lead) rest = rest.slice(lead[0].length);
      // A compound role word before the name ("Altherrenvorstand Jane Roe") is the role, not a name part.
      const compound = /^(\p{L}+)\s+/u.exec(rest);
      const compoundRole = compound?.[1] && mentionsKnownRole(compound[1]) ? compound[1] : null;
      const name = longestNameAt(compoundRole ? rest.slice(compound?.[0].length ?? 0) : rest);
      if (!name) continue;
      const trailing = roleAfterName(rest, name.name);
      if (kind === "self" && !trailing) continue;
      const roles = [role, compoundRole, trailing].filter(Boolean).join("; ");
      const roleClass: RoleClass = roles
        ? classifyRole(roles)
        : kind === "owner" ? "owner" : representativeClass(`${legalContext} ${text}`);
      found.push({ ...name, role: [match[0].trim(), roles].filter(Boolean).join(" "), roleClass, email: null, phone: null, linkedinUrl: null, method: "page_text", sourceUrl, confidence: 0.7 });
    }
  }
  return found;
}

function longestNameAt(text: string): ParsedName | null {
  const head = NAME_HEAD.exec(text)?.[1];
  if (!head) return null;
  const tokens = head.split(/\s+/);
  for (let n = tokens.length; n >= 2; n--) {
    const parsed = parsePersonName(tokens.slice(0, n).join(" "));
    if (parsed) return parsed;
  }
  return null;
}

// "vertreten durch Jane Roe, Mitglied des Verwaltungsrats": a known role right after the name.
function roleAfterName(rest: string, name: string): string | null {
  const lastToken = name.split(" ").pop() ?? "";
  const after = rest.slice(rest.indexOf(lastToken) + lastToken.length);
  const m = /^\s*[,(–-]\s*([^,.;()]{3,60})/u.exec(after);
  return m?.[1] && mentionsKnownRole(m[1]) ? m[1].trim() : null;
}
