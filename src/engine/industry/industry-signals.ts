import type { ObservationMethod, Page } from "../types.ts";
import { isCustomerMention } from "./customer-mention.ts";
import { findIndustryTermsInWords } from "./industry-lexicon.ts";
import type { NaceCode } from "./nace-taxonomy.ts";
import { isMarketModifier } from "./market-modifier.ts";
import { foldWords, listCommas, phraseBreaks, splitWords } from "./normalize-words.ts";
import { readPageZones, type PageZone } from "./page-zones.ts";
import { industryOfSchemaType } from "./schema-type-industries.ts";

/** One piece of evidence for an industry, already weighed by where it stands. */
export interface IndustrySignal {
  code: NaceCode;
  /** Lexicon weight × how much the page and zone count. */
  score: number;
  /** Identity for counting repeats: the lexicon term or the schema type. */
  key: string;
  /** The words as the site writes them. */
  text: string;
  sourceUrl: string;
  method: ObservationMethod;
  /** Whether the site states it where it describes itself: title, meta description, a heading, a schema.org type or a chamber. */
  prominent?: boolean;
  /** Read as the customers' trade or market ("for restaurants", "restaurant software"), already discounted. */
  customer?: boolean;
}

// The company describes itself in titles, meta descriptions and headings; footers carry credits
// ("Webdesign by …") and legal pages quote laws and other trades, so they count little.
const ZONE_WEIGHT: Record<PageZone, number> = { title: 2.5, meta: 2.5, heading1: 2, heading: 1.3, body: 1, footer: 0.3 };

const PROMINENT_ZONES = new Set<PageZone>(["title", "meta", "heading1", "heading"]);

// A schema.org type is the site's own deliberate statement of what it is; it should outweigh several
// words of a secondary activity the site also describes.
const SCHEMA_FACTOR = 2;

// A trade the company names as its customers' ("software for dentists") says little about its own.
export const CUSTOMER_FACTOR = 0.3;

// Words for a whole branch ("healthcare", "Gastronomie") name a market more often than a trade on a
// company's own pages ("solutions for healthcare"); they are made for reading buyers' profiles.
const SECTOR_FACTOR = 0.5;

const LEGAL_PAGE = /impressum|imprint|legal|mentions[-_ ]?legales|aviso[-_ ]?legal|note[-_ ]?legali|colofon|datenschutz|privacy|privacidad|confidentialit|riservatezza|cookie|agb|terms|disclaimer|voorwaarden|cgv|condizioni|haftungsausschluss|polic(y|ies)|statement|slavery|gdpr|dsgvo|accessibility|barrierefreiheit|widerruf|sitemap/i;
// Team pages tell the careers of people (a former bank, a university, a pharmacy), not the company's trade.
const TEAM_PAGE = /(^|[/_-])(team|our-team|unser-team|staff|people|mitarbeiter|mitarbeitende|equipe|medewerkers|equipo|squadra)([/_.-]|$)/i;
const SIDE_PAGE = /blog|news|aktuell|artikel|article|post|presse|press|karriere|career|jobs?\b|stellen|vacatures|empleo|lavora|events?|termine|galerie|gallery|archiv/i;

export function pageWeight(url: string, index: number): number {
  const path = pathOf(url);
  if (LEGAL_PAGE.test(path)) return 0.15;
  if (index === 0 || /^\/((index|home|start)[\w-]*(\.\w+)?)?$/i.test(path) || /^\/(de|en|fr|nl|es|it)\/?$/i.test(path)) return 1;
  if (SIDE_PAGE.test(path) || TEAM_PAGE.test(path)) return 0.35;
  return 0.7;
}

function isLegalPage(url: string): boolean {
  return LEGAL_PAGE.test(pathOf(url));
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

/** Every industry signal on a site's pages: schema.org types, chambers and registers, and trade words. */
export function collectIndustrySignals(pages: Page[]): IndustrySignal[] {
  const signals: IndustrySignal[] = [];
  pages.forEach((page, index) => {
    if (!page.html || !/html|xml/i.test(page.contentType || "text/html")) return;
    const zones = readPageZones(page);
    for (const type of zones.schemaTypes) {
      const industry = industryOfSchemaType(type);
      if (industry) signals.push({ code: industry.code, score: industry.weight * SCHEMA_FACTOR, key: `schema:${type}`, text: type, sourceUrl: page.url, method: "json_ld", prominent: true });
    }
    const weight = pageWeight(page.url, index);
    for (const { zone, text } of zones.texts) signals.push(...termSignals(text, zone, weight, page.url));
  });
  return signals;
}

function termSignals(text: string, zone: PageZone, pageFactor: number, sourceUrl: string): IndustrySignal[] {
  const words = splitWords(text);
  const folded = foldWords(text);
  const breaks = phraseBreaks(text);
  const commas = listCommas(text);
  return findIndustryTermsInWords(folded).map((hit) => {
    const chamber = hit.kind === "chamber";
    const length = hit.matched.split(" ").length;
    const customer = isCustomerMention(folded, breaks, hit.position, commas) || isMarketModifier(folded, hit.position, length, hit.code, hit.term);
    // A chamber is named where the law wants it (imprint, footer), so its place does not weaken it.
    const factor = chamber ? 1 : pageFactor * ZONE_WEIGHT[zone] * (customer ? CUSTOMER_FACTOR : 1) * (hit.kind === "sector" ? SECTOR_FACTOR : 1);
    const method: ObservationMethod = zone === "meta" ? "meta" : chamber && isLegalPage(sourceUrl) ? "imprint_text" : "page_text";
    const written = words.slice(hit.position, hit.position + length).join(" ");
    return { code: hit.code, score: hit.weight * factor, key: `${hit.term}|${hit.code}`, text: written, sourceUrl, method, customer, prominent: chamber || PROMINENT_ZONES.has(zone) };
  });
}
