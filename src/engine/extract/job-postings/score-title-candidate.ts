import type { CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import type { TitleCandidate } from "./title-candidates.ts";
import { hasInlineGenderMarker, hasParenthesisedGenderMarker } from "./gender-marker.ts";
import { hasJobVocabulary } from "./job-title-vocabulary.ts";
import { cleanJobTitle, isTitleShaped } from "./title-shape.ts";

const TAG_WEIGHT: Record<string, number> = { summary: 2, h2: 1, h3: 1, h4: 1, h5: 1, h6: 1, button: 1, a: 1, strong: 1, b: 1, dt: 1 };
const TITLE_CLASS = /title|heading|job|position|stelle|role|vacan|career|posting/i;

export const signatureOf = (c: TitleCandidate): string => `${c.tag}.${c.el.attribs.class ?? ""}`;

export function hasTitleEvidence(c: TitleCandidate): boolean {
  return hasJobVocabulary(c.title) || hasParenthesisedGenderMarker(c.raw) || hasInlineGenderMarker(c.raw);
}

/** A list item counts only when its list as a whole reads as a list of positions. */
function listItemWeight($: CheerioAPI, item: Element): number {
  const items = $(item).parent().children("li").toArray();
  const titleLike = items.filter((li) => {
    const text = cleanJobTitle($(li).text());
    return isTitleShaped(text) && (hasJobVocabulary(text) || hasParenthesisedGenderMarker(text));
  });
  return items.length && titleLike.length / items.length >= 0.6 ? 2 : -10;
}

/** Evidence points that a candidate names a position; the caller adds card-level evidence. */
export function scoreTitleCandidate($: CheerioAPI, c: TitleCandidate, repeatedSignatures: Set<string>): number {
  let score = c.tag === "li" ? listItemWeight($, c.el) : TAG_WEIGHT[c.tag] ?? 0;
  // A link that is a whole list item sits in a menu unless the list as a whole lists positions.
  const item = c.tag === "a" ? linkListItem(c.el) : null;
  if (item && listItemWeight($, item) < 0) return 0;
  if (TITLE_CLASS.test(c.el.attribs.class ?? "")) score += 1;
  if (hasParenthesisedGenderMarker(c.raw)) score += 3;
  else if (hasInlineGenderMarker(c.raw)) score += 2;
  if (hasJobVocabulary(c.title)) score += 2;
  if (c.inOpeningsZone) score += 2;
  if (!hasTitleEvidence(c) && !(c.inOpeningsZone && (c.level <= 6 || c.tag === "summary"))) return 0;
  if (repeatedSignatures.has(signatureOf(c))) score += 1;
  return score;
}

/** Element signatures (tag + class) shared by several title-like candidates: a repeated job card. */
export function repeatedTitleSignatures(candidates: TitleCandidate[]): Set<string> {
  const counts = new Map<string, { all: number; titled: number }>();
  for (const c of candidates) {
    const entry = counts.get(signatureOf(c)) ?? { all: 0, titled: 0 };
    entry.all++;
    if (hasTitleEvidence(c)) entry.titled++;
    counts.set(signatureOf(c), entry);
  }
  return new Set([...counts].filter(([, v]) => v.titled >= 2 && v.titled / v.all >= 0.5).map(([k]) => k));
}

/** Tags that present a title; only these profit from an apply link in their card. */
export const presentsTitle = (c: TitleCandidate): boolean =>
  c.level <= 6 || ["summary", "button", "a", "strong", "b", "dt"].includes(c.tag) || TITLE_CLASS.test(c.el.attribs.class ?? "");

function linkListItem(link: Element): Element | null {
  const parent = link.parent;
  if (!parent || parent.type !== "tag" || (parent as Element).name !== "li") return null;
  const tags = (parent as Element).children.filter((child) => child.type === "tag");
  return tags.length === 1 ? (parent as Element) : null;
}
