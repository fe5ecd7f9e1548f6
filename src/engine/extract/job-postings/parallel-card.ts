import type { Cheerio, CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import { cardOf } from "./job-card.ts";
import type { TitleCandidate } from "./title-candidates.ts";

/**
 * True when a candidate's card stands beside a card whose title has job wording, built from the same markup
 * (same parent, tag and class, title in the same tag): a grid of postings where one title lacks job nouns
 * ("Kaufmännische Mitarbeit", "Operations") is still a grid of postings. The caller also asks for an apply call.
 */
export function parallelsEvidencedCard($: CheerioAPI, c: TitleCandidate, card: Cheerio<Element>, evidenced: TitleCandidate[], plausible: Element[]): boolean {
  if (card.length !== 1 || card[0] === c.el) return false;
  const own = card[0];
  return evidenced.some((other) => {
    if (other.el === c.el || other.tag !== c.tag) return false;
    const otherCard = cardOf($, other.el, plausible);
    if (otherCard.length !== 1 || otherCard[0] === other.el || otherCard[0] === own) return false;
    const peer = otherCard[0];
    return peer.parent === own.parent && peer.tagName === own.tagName && (peer.attribs.class ?? "") === (own.attribs.class ?? "");
  });
}
