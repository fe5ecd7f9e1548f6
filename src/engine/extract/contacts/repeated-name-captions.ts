import type { PageLines, TextLine } from "./page-lines.ts";
import type { PersonCandidate } from "./person-candidate.ts";
import { parsePersonName, type ParsedName } from "./person-name.ts";
import { classifyRole } from "./role-class.ts";
import { isCreditLine, looksLikeTestimonial } from "./noise-zones.ts";
import { ancestorsOf, isWithin, structureSignature } from "./dom-ancestry.ts";
import type { Element } from "domhandler";
import { findCard } from "./find-card.ts";
import { readCardContacts } from "./card-contacts.ts";
import { isRoleLike } from "./role-like.ts";
import { LEGAL_FORM_PATTERN } from "./non-name-words.ts";
import { startsWithKnownGivenName } from "./name-gazetteer.ts";

interface Caption {
  name: ParsedName;
  line: TextLine;
  index: number;
  /** A role printed in the same line ("Jane Roe, Office Manager" or "Jane Roe - Key Person"). */
  inlineRole: string | null;
  /** The first given name is in the gazetteer. */
  known: boolean;
}

// "Name, Role", "Name – Role", "Name (Role)" inside one caption line.
const NAME_THEN_ROLE = /^(.{4,60}?)\s*(?:,|\s[–—|-]\s?|\s?[–—|]\s|\()\s*(.{2,90}?)\)?$/u;
const MIN_NAME_ONLY_GROUP = 3;
const MIN_WITH_ROLES_GROUP = 2;
// Share of the lines in the repeated markup that must be names: a run of product headings with one
// founder's name among them is not a team grid.
const MIN_NAME_SHARE = 0.5;
// Share of those names whose given name the gazetteer knows; the grid then vouches for the rarer ones.
const MIN_KNOWN_SHARE = 0.6;

/**
 * Team grids and staff lists whose captions carry no role word we know: the same markup repeated
 * for several lines that are each a person's name starting with a known given name (gazetteer).
 * A role beside the caption is taken when it looks like one; otherwise the person is listed as staff.
 */
export function extractRepeatedNameCaptions(page: PageLines, sourceUrl: string, countryHint: string | null, language?: string): PersonCandidate[] {
  const captions = findCaptions(page.lines);
  const bySignature = new Map<string, Caption[]>();
  for (const caption of captions) {
    const key = structureSignature(caption.line.block);
    bySignature.set(key, [...(bySignature.get(key) ?? []), caption]);
  }
  const nameBlocks = captions.map((c) => c.line.block);
  const out: PersonCandidate[] = [];
  for (const [signature, group] of bySignature) {
    const roles = group.map((c) => c.inlineRole ?? roleBelow(page.lines, c.index));
    const withRoles = roles.filter(Boolean).length;
    const known = group.filter((c) => c.known).length;
    const enough = known >= MIN_NAME_ONLY_GROUP || (known >= MIN_WITH_ROLES_GROUP && withRoles === group.length);
    if (!enough || known / group.length < MIN_KNOWN_SHARE) continue;
    if (group.length / competingCaptions(page.lines, signature, group, roles) < MIN_NAME_SHARE) continue;
    group.forEach((caption, k) => {
      const role = roles[k] ?? null;
      const card = findCard(caption.line.block, nameBlocks);
      // Reviewers sign as "Helga M., Hannover" in repeated cards too.
      if (looksLikeTestimonial(page.$(card).text())) return;
      const contacts = readCardContacts(page.$, card, countryHint);
      out.push({
        ...caption.name, role, roleClass: role ? classifyRole(role, language) : "employee", ...contacts,
        method: "team_card", sourceUrl, confidence: 0.6,
      });
    });
  }
  return out;
}

function findCaptions(lines: TextLine[]): Caption[] {
  const out: Caption[] = [];
  lines.forEach((line, index) => {
    if (isMenuEntry(line)) return;
    if (isCreditLine(lines[index - 1]?.text ?? "") || isCreditLine(line.text)) return;
    const whole = parsePersonName(line.text);
    if (whole) {
      out.push({ name: whole, line, index, inlineRole: null, known: startsWithKnownGivenName(whole) });
      return;
    }
    const m = NAME_THEN_ROLE.exec(line.text);
    const name = m?.[1] ? parsePersonName(m[1]) : null;
    const role = m?.[2]?.trim() ?? "";
    // "Jane Roe, John Doe" is a list of names, not a name and a role.
    if (name && isRoleLike(role) && !LEGAL_FORM_PATTERN.test(role) && !parsePersonName(role)) {
      out.push({ name, line, index, inlineRole: role, known: startsWithKnownGivenName(name) });
    }
  });
  return out;
}

// The short line right under a caption, in the same card ("Office Manager" below "Jane Roe").
function roleBelow(lines: TextLine[], index: number): string | null {
  const line = lines[index] as TextLine;
  const next = lines[index + 1];
  if (!next || next.text.length > 60 || !isRoleLike(next.text) || LEGAL_FORM_PATTERN.test(next.text)) return null;
  const sameCard = next.block.parent === line.block.parent || next.block.parent === line.block || next.block.parent?.parent === line.block.parent;
  return sameCard ? next.text : null;
}

// A list item that is nothing but a link is a menu entry; menus repeat the team page's names.
function isMenuEntry(line: TextLine): boolean {
  if (line.block.name !== "li") return false;
  const tags = line.block.children.filter((c) => c.type === "tag");
  return tags.length === 1 && (tags[0] as { name?: string }).name === "a";
}

// Only caption-length lines compete with the names (the biographies under them share their markup),
// and each distinct text once: "Education" repeated in every card is one competing heading.
const CAPTION_LENGTH = 80;

// The lines that share the names' markup inside the grid that holds them: cards styled with plain
// <div>s share that markup with the rest of the page, and the role under each name shares it too.
function competingCaptions(lines: TextLine[], signature: string, group: Caption[], roles: (string | null)[]): number {
  const grid = commonContainer(group.map((c) => c.line.block));
  const ownRoles = new Set(roles.filter((r): r is string => !!r));
  const texts = new Set(group.map((c) => c.line.text));
  for (const line of lines) {
    if (line.text.length > CAPTION_LENGTH || isMenuEntry(line) || ownRoles.has(line.text)) continue;
    if (structureSignature(line.block) === signature && (!grid || isWithin(line.block, grid))) texts.add(line.text);
  }
  return texts.size;
}

const MAX_GRID_DEPTH = 12;

function commonContainer(blocks: Element[]): Element | null {
  const [first, ...rest] = blocks;
  if (!first) return null;
  return ancestorsOf(first, MAX_GRID_DEPTH).find((ancestor) => rest.every((b) => isWithin(b, ancestor))) ?? null;
}
