import type { PageLines, TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { classifyRole, mentionsLeadershipRole } from "./role-class.ts";
import { isCreditLine, looksLikeTestimonial } from "./noise-zones.ts";
import type { Element } from "domhandler";
import { areNear, isWithin, structureSignature } from "./dom-ancestry.ts";
import { findCard } from "./find-card.ts";
import { readCardContacts } from "./card-contacts.ts";
import { isRoleLike } from "./role-like.ts";
import { LEGAL_FORM_PATTERN } from "./non-name-words.ts";
import { mentionsJobWord } from "./job-words.ts";

interface CardPair {
  name: ParsedName;
  nameLine: TextLine;
  role: string | null;
}

/**
 * Team/about cards: a line that is only a name, next to a short role line. A role we recognise
 * suffices; a plain job title ("Backoffice") needs repeated card markup in which at least one card
 * is clearly a person's (a management role or own contact data) — feature tiles repeat too.
 */
export function extractTeamCards(page: PageLines, sourceUrl: string, countryHint: string | null, language?: string): PersonCandidate[] {
  const pairs = findPairs(page.lines);
  const nameBlocks = pairs.map((p) => p.nameLine.block);
  const seen = pairs.filter((p) => p.role).map((pair) => {
    const card = findCard(pair.nameLine.block, nameBlocks);
    const contacts = readCardContacts(page.$, card, countryHint);
    const strong = mentionsLeadershipRole(pair.role ?? "");
    const personal = strong || !!(contacts.email || contacts.phone || contacts.linkedinUrl);
    return { pair, card, contacts, strong, personal, signature: structureSignature(pair.nameLine.block) };
  });
  const out: PersonCandidate[] = [];
  for (const { pair, contacts, strong, signature, card } of seen) {
    if (looksLikeTestimonial(page.$(card).text())) continue;
    const group = seen.filter((s) => s.signature === signature);
    const confirmedGroup = group.length >= 2 && group.some((s) => s.personal);
    if (!strong && !(confirmedGroup && mentionsJobWord(pair.role ?? ""))) continue;
    out.push({
      ...pair.name,
      role: pair.role,
      roleClass: classifyRole(pair.role ?? "", language),
      ...contacts,
      method: "team_card",
      sourceUrl,
      confidence: strong ? 0.8 : 0.7,
    });
  }
  return out;
}

function findPairs(lines: TextLine[]): CardPair[] {
  const named = lines.map((line, i) => (isCreditLine(lines[i - 1]?.text ?? "") ? null : parsePersonName(line.text)));
  const nameBlocks = lines.filter((_, i) => named[i]).map((l) => l.block);
  const pairs: CardPair[] = [];
  named.forEach((name, i) => {
    const line = lines[i];
    if (name && line) pairs.push({ name, nameLine: line, role: roleBeside(lines, i, findCard(line.block, nameBlocks)) });
  });
  return pairs;
}

// Inside a person's own card the role may sit below or above the name (overlay captions); in a flat
// list without per-person wrappers only the line right after the name is taken.
function roleBeside(lines: TextLine[], i: number, card: Element): string | null {
  const line = lines[i] as TextLine;
  const wrapped = card !== line.block;
  for (const j of wrapped ? [i + 1, i - 1] : [i + 1]) {
    const other = lines[j];
    if (!other) continue;
    const inCard = wrapped ? isWithin(other.block, card) : areNear(line.block, other.block, 2);
    if (inCard && isRoleLike(other.text) && !LEGAL_FORM_PATTERN.test(other.text)) return other.text;
  }
  return null;
}
