import type { TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { startsWithKnownGivenName } from "./name-gazetteer.ts";
import { classifyRole, mentionsLeadershipRole } from "./role-class.ts";
import { mentionsJobWord } from "./job-words.ts";

// A biography paragraph opens with the person's full name, maybe post-nominals or an aside, then a verb:
// "Jane Roe, RDH, started with us in 2010", "Anna Muster ist seit 2004 …", "Jan de Vries werkt …".
const OPENING = /^((?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|di|da|del|la|le)){1,3})(?:,\s*[^,]{1,40},)?(?:\s+(?:first|also|now|recently|currently|originally|bereits|seit))?\s+(\p{Ll}+)\b/u;
const VERBS = new Set([
  "is", "has", "was", "joined", "started", "began", "brings", "holds", "graduated", "grew", "received", "earned", "came",
  "leads", "heads", "founded", "works", "worked", "studied", "specializes", "specialises", "completed", "trained",
  "ist", "war", "hat", "kam", "arbeitet", "leitet", "gründete", "studierte", "absolvierte", "verstärkt", "unterstützt",
  "est", "a", "travaille", "dirige", "fonde", "heeft", "werkt", "leidt", "richtte", "studeerde", "es", "ha", "trabaja",
  "dirige", "fundó", "è", "lavora", "ha", "guida", "fondò",
]);
const MIN_PARAGRAPH = 60;
// One such paragraph can be news about anyone; a page of them is a team page.
const MIN_BIOGRAPHIES = 2;

/** People introduced by biography paragraphs on team pages, when several paragraphs open that way. */
// "… has been the office manager since 1992", "… ist unsere Praxismanagerin": the role the opening sentence gives.
const ROLE_CLAUSE = /\b(?:is|has been|was|ist|war|est|è|es|is)\s+(?:the|a|an|our|unser(?:e|er)?|die|der|le|la|il|el|de|het|onze)\s+([^.,;:!?()]{3,50})/iu;

function roleIn(paragraph: string): string | null {
  const firstSentence = paragraph.split(/[.!?]\s/u)[0] ?? "";
  const clause = ROLE_CLAUSE.exec(firstSentence)?.[1]?.trim();
  if (!clause) return null;
  // Up to the first connector: "office manager since 1992 when …" → "office manager".
  const role = clause.split(/\s+(?:since|for|at|in|of the|seit|bei|in der|depuis|chez|sinds|bij|da|desde|who|and|und)\s+/u)[0]?.trim() ?? "";
  return role && (mentionsLeadershipRole(role) || mentionsJobWord(role)) ? role : null;
}

export function extractBiographyPeople(lines: TextLine[], sourceUrl: string): PersonCandidate[] {
  const names: Array<ParsedName & { role: string | null }> = [];
  for (const line of lines) {
    if (line.text.length < MIN_PARAGRAPH) continue;
    const m = OPENING.exec(line.text);
    if (!m?.[1] || !m[2] || !VERBS.has(m[2])) continue;
    const name = parsePersonName(m[1]);
    if (name && name.last_name && startsWithKnownGivenName(name)) names.push({ ...name, role: roleIn(line.text) });
  }
  if (names.length < MIN_BIOGRAPHIES) return [];
  return names.map((name) => ({
    ...name, roleClass: name.role ? classifyRole(name.role) : "employee", email: null, phone: null, linkedinUrl: null,
    method: "page_text", sourceUrl, confidence: 0.55,
  }));
}
