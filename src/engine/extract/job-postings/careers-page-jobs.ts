import type { Cheerio, CheerioAPI } from "cheerio";
import type { Element } from "domhandler";
import type { EmploymentType, JobFacts, Page } from "../../types.ts";
import { APPLY_CALL, CLOSED, NO_OPENINGS } from "./careers-vocabulary.ts";
import { isCareersPage, isJobDetailPage } from "./careers-page.ts";
import { employmentTypesInText } from "./employment-type.ts";
import { buildJobFact } from "./job-fact.ts";
import { cardOf, locationInCard } from "./job-card.ts";
import { removeChrome } from "./page-cleanup.ts";
import { mutablePageDocument } from "../../parse/mutable-page-document.ts";
import { collectTitleCandidates, type TitleCandidate } from "./title-candidates.ts";
import { hasTitleEvidence, presentsTitle, repeatedTitleSignatures, scoreTitleCandidate, signatureOf } from "./score-title-candidate.ts";
import { dropGroupHeadings } from "./group-headings.ts";
import { dropPluralSummaries } from "./plural-summaries.ts";
import { isContactPersonCaption } from "./contact-person-caption.ts";
import { parallelsEvidencedCard } from "./parallel-card.ts";
import { hasFillerText } from "./filler-text.ts";

const ACCEPT = 4;
const STATUS_CLOSED = /^(?:status\s*:?\s*)?(?:closed|filled|position filled|geschlossen|besetzt|vergeben|abgelaufen|expired|pourvu|gesloten|cerrad[oa]|chius[oa])$/iu;
const ACCEPT_WHEN_PAGE_SAYS_NONE = 6;

/** Job titles listed on a careers page (or shown on a posting's own page), with their card details. */
export function extractCareersPageJobs(page: Page): JobFacts[] {
  const $ = mutablePageDocument(page);
  removeChrome($);
  if (!isCareersPage(page.url, $)) return [];
  const { candidates, noOpenings } = collectTitleCandidates($);
  const repeated = repeatedTitleSignatures(candidates);
  const plausible = candidates.filter((c) => hasTitleEvidence(c) || (c.inOpeningsZone && c.level <= 6)).map((c) => c.el);
  const evidenced = candidates.filter(hasTitleEvidence);
  const primary = isJobDetailPage(page.url) ? primaryHeading($) : null;
  const pageSaysClosed = shortTexts($, $("body")).some((t) => STATUS_CLOSED.test(t));
  const pageIsFiller = primary !== null && hasFillerText($("body").text());
  const accepted: { c: TitleCandidate; card: Cheerio<Element> }[] = [];
  for (const c of candidates) {
    if (c.el !== primary && isContactPersonCaption($, c.el)) continue;
    let score = scoreTitleCandidate($, c, repeated);
    // The card only adds evidence (apply call +2, main heading +3); skip the costly lookup when hopeless.
    if (score + (c.el === primary ? 5 : 2) < ACCEPT) continue;
    const card = cardOf($, c.el, plausible);
    const cardText = card.text().replace(/\s+/g, " ");
    if (CLOSED.test(shortTexts($, card).join(" ")) || (c.el !== primary && NO_OPENINGS.test(cardText) && card[0] !== c.el)) continue;
    if (c.el === primary && (pageSaysClosed || pageIsFiller)) continue;
    if (hasFillerText(cardText)) continue;
    // A title without job wording ("Operations") must look like its evidenced siblings and carry an apply call.
    const applyCall = score > 0 && presentsTitle(c) && hasApplyCall($, card, c);
    if (!hasTitleEvidence(c) && !(applyCall && (repeated.has(signatureOf(c)) || parallelsEvidencedCard($, c, card, evidenced, plausible)))) continue;
    if (applyCall) score += 2;
    if (c.el === primary) score += 3;
    if (score >= (noOpenings ? ACCEPT_WHEN_PAGE_SAYS_NONE : ACCEPT)) accepted.push({ c, card });
  }
  const positions = new Map([...$("body *").toArray().entries()].map(([i, el]) => [el, i]));
  const grouped = dropGroupHeadings($, accepted.map((a) => a.c), positions);
  const kept = dropPluralSummaries(grouped.kept);
  const groupOf = grouped.groupOf;
  return accepted
    .filter((a) => kept.includes(a.c))
    .map((a) => toJob($, page, a.c, a.card, groupOf.get(a.c) ?? a.c.groupHeading, a.c.el === primary));
}

function primaryHeading($: CheerioAPI): Element | null {
  return $("h1").first()[0] ?? $("h2").first()[0] ?? null;
}

function hasApplyCall($: CheerioAPI, card: Cheerio<Element>, c: TitleCandidate): boolean {
  if (card.length === 1 && card[0] === c.el) return false;
  const links = card.find("a, button").add(card.filter("a, button")).toArray().filter((el) => el !== c.el);
  return links.some((el) => {
    const href = $(el).attr("href") ?? "";
    return APPLY_CALL.test($(el).text()) || href.startsWith("mailto:");
  });
}

/** Short non-list texts of a card: its meta line, labels, status — not its description paragraphs. */
function shortTexts($: CheerioAPI, card: Cheerio<Element>): string[] {
  const texts: string[] = [];
  card.find("*").add(card).each((_, el) => {
    const li = $(el).closest("li")[0];
    if ($(el).children().length > 0 || (li && card.toArray().some((root) => root !== li && $.contains(root, li)))) return;
    const text = $(el).text().replace(/\s+/g, " ").trim();
    if (text && text.length <= 80) texts.push(text);
  });
  return texts;
}

function cardEmploymentTypes(titleAndGroup: string, meta: string[]): EmploymentType[] {
  const fromTitle = employmentTypesInText(titleAndGroup);
  const fromMeta = employmentTypesInText(meta.join(" · ")).filter((t) => t !== "APPRENTICESHIP");
  return [...new Set([...fromTitle, ...fromMeta])];
}

function linkOf($: CheerioAPI, page: Page, c: TitleCandidate, card: Cheerio<Element>): string | null {
  const own = c.tag === "a" ? $(c.el) : $(c.el).closest("a");
  const link = (own.length ? own : card.find("a[href]").add(card.filter("a[href]"))).filter((_, el) => /^(?!mailto:|tel:|#|javascript:)./i.test($(el).attr("href") ?? "")).first();
  const href = link.attr("href");
  if (!href) return null;
  try {
    return new URL(href, page.url).toString();
  } catch {
    return null;
  }
}

function toJob($: CheerioAPI, page: Page, c: TitleCandidate, card: Cheerio<Element>, group: string | null, isPrimary: boolean): JobFacts {
  const meta = shortTexts($, card).filter((t) => t !== c.raw);
  return buildJobFact({
    title: c.title,
    sourceUrl: page.url,
    source: "careers_page",
    method: "careers_page",
    confidence: isPrimary ? 0.8 : 0.7,
    location: locationInCard($, card),
    employmentTypes: cardEmploymentTypes(`${c.raw} · ${group ?? ""}`, meta),
    url: isPrimary ? page.url : linkOf($, page, c, card),
  });
}
