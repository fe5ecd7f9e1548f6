import type { Element } from "domhandler";
import type { PageLines, TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { classifyRole, mentionsKnownRole } from "./role-class.ts";
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
 * suffices; an unknown one ("Backoffice") needs the card markup to repeat on the page.
 */
export function extractTeamCards(page: PageLines, sourceUrl: string, countryHint: string | null, language?: string): PersonCandidate[] {
  const pairs = findPairs(page.lines);
  const repeats = countSignatures(pairs);
  const nameBlocks = pairs.map((p) => p.nameLine.block);
  const out: PersonCandidate[] = [];
  for (const pair of pairs) {
    const strong = pair.role !== null && mentionsKnownRole(pair.role);
    const repeated = (repeats.get(structureSignature(pair.nameLine.block)) ?? 0) >= 2;
    if (!pair.role || (!strong && !(repeated && mentionsJobWord(pair.role)))) continue;
    const card = findCard(pair.nameLine.block, nameBlocks);
    const contacts = readCardContacts(page.$, card, countryHint);
    out.push({
      ...pair.name,
      role: pair.role,
      roleClass: classifyRole(pair.role, language),
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

function countSignatures(pairs: CardPair[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of pairs) {
    if (!pair.role) continue;
    const key = structureSignature(pair.nameLine.block as Element);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
