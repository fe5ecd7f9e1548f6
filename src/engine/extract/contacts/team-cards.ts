import type { PageLines, TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { classifyRole, mentionsLeadershipRole } from "./role-class.ts";
import { isCreditLine } from "./noise-zones.ts";
import { areNear, structureSignature } from "./dom-ancestry.ts";
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
    const contacts = readCardContacts(page.$, findCard(pair.nameLine.block, nameBlocks), countryHint);
    const strong = mentionsLeadershipRole(pair.role ?? "");
    const personal = strong || !!(contacts.email || contacts.phone || contacts.linkedinUrl);
    return { pair, contacts, strong, personal, signature: structureSignature(pair.nameLine.block) };
  });
  const out: PersonCandidate[] = [];
  for (const { pair, contacts, strong, signature } of seen) {
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
  const pairs: CardPair[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || isCreditLine(lines[i - 1]?.text ?? "")) continue;
    const name = parsePersonName(line.text);
    if (!name) continue;
    pairs.push({ name, nameLine: line, role: roleBeside(lines, i) });
  }
  return pairs;
}

// The role usually follows the name; some templates put it above (overlay captions).
function roleBeside(lines: TextLine[], i: number): string | null {
  const line = lines[i] as TextLine;
  for (const j of [i + 1, i - 1]) {
    const other = lines[j];
    if (!other || !areNear(line.block, other.block, 2)) continue;
    if (isRoleLike(other.text) && !LEGAL_FORM_PATTERN.test(other.text)) return other.text;
  }
  return null;
}
