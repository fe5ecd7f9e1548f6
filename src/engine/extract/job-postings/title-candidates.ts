import type { Cheerio, CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { CAREERS_HEADING, NO_OPENINGS, OPENINGS_HEADING, SECTION_END } from "./careers-vocabulary.ts";
import { hasInlineGenderMarker, hasParenthesisedGenderMarker } from "./gender-marker.ts";
import { hasJobVocabulary } from "./job-title-vocabulary.ts";
import { cleanJobTitle, isTitleShaped } from "./title-shape.ts";

export interface TitleCandidate {
  el: Element;
  tag: string;
  /** Heading level 1-6; 7 for non-heading elements. */
  level: number;
  raw: string;
  title: string;
  inOpeningsZone: boolean;
  /** The nearest higher-ranked heading above it, whose wording may apply ("Ausbildungsplätze", "Vollzeit"). */
  groupHeading: string | null;
}

const TITLE_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "summary", "button", "a", "strong", "b", "dt", "span", "div", "p", "li", "td", "th"]);
const ALWAYS_WHOLE = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "summary", "button", "a", "strong", "b", "dt"]);
const BLOCKS = "div, p, ul, ol, li, table, section, article, h1, h2, h3, h4, h5, h6, dl, form, br";

export const normalizedText = (node: Cheerio<Element>): string => node.text().replace(/\s+/g, " ").trim();

function levelOf(tag: string): number {
  return /^h[1-6]$/.test(tag) ? Number(tag[1]) : 7;
}

function isPossibleTitle(text: string): boolean {
  return isTitleShaped(text) && (hasJobVocabulary(text) || hasParenthesisedGenderMarker(text) || hasInlineGenderMarker(text));
}

/** Short texts of a careers page in document order, with the openings section they sit in. */
export function collectTitleCandidates($: CheerioAPI): { candidates: TitleCandidate[]; noOpenings: boolean } {
  const candidates: TitleCandidate[] = [];
  let zone = false;
  let group: { text: string; level: number } | null = null;
  const headings: { text: string; level: number }[] = [];
  $("body *").each((_, el) => {
    const tag = el.tagName.toLowerCase();
    if (!TITLE_TAGS.has(tag)) return;
    const node = $(el);
    if (!ALWAYS_WHOLE.has(tag) && node.find(BLOCKS).length > 0) return;
    const raw = normalizedText(node);
    if (!raw || raw.length > 160) return;
    const level = levelOf(tag);
    const title = cleanJobTitle(raw);
    while (headings.length && headings[headings.length - 1].level >= level) headings.pop();
    const parentHeading = headings[headings.length - 1]?.text ?? null;
    if (level <= 6) headings.push({ text: raw, level });
    if (level <= 6 && SECTION_END.test(raw) && !isPossibleTitle(title)) {
      zone = false;
      group = null;
      return;
    }
    if ((raw.length < 90 && OPENINGS_HEADING.test(raw) && !isPossibleTitle(title)) || (level <= 3 && CAREERS_HEADING.test(raw))) {
      zone = true;
      group = { text: raw, level };
      return;
    }
    if (group && level <= group.level && level <= 6) group = null;
    if (!isTitleShaped(title)) return;
    if (candidates.some((c) => c.title === title && $.contains(c.el, el))) return;
    candidates.push({ el, tag, level, raw, title, inOpeningsZone: zone, groupHeading: parentHeading ?? (group ? (group as { text: string }).text : null) });
  });
  return { candidates, noOpenings: NO_OPENINGS.test(normalizedText($("body"))) };
}
