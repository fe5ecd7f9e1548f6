import type { Element } from "domhandler";

// Containers whose names are never staff: customer quotes and reviews, cookie banners, sliders of
// client logos. Matched on class/id/role so it works whatever the language of the visible text.
const NOISE_ATTRIBUTE =
  /testimonial|(?<!p)review|rezension|bewertung|kundenstimme|kundenmeinung|referenz|quote|zitat|feedback|comment|kommentar|\brating|cookie|consent|gdpr|cmplz|borlabs|avis|temoignage|getuigenis|recensione|opinion|credits?\b|photo-?credit|bildnachweis/i;
const NOISE_TAGS = new Set(["blockquote", "q", "cite"]);
// Icon fonts draw glyphs from ligature words ("group", "contact_phone") that would otherwise open the line.
const ICON_FONT = /\bmaterial-(?:icons|symbols)[\w-]*|\bglyphicon\b/i;

/** True for an element whose content is customers' words, review widgets or consent boilerplate. */
export function isNoiseElement(el: Element): boolean {
  if (NOISE_TAGS.has(el.name.toLowerCase())) return true;
  const attrs = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""} ${el.attribs.itemtype ?? ""}`;
  return NOISE_ATTRIBUTE.test(attrs) || ICON_FONT.test(el.attribs.class ?? "");
}

// Line labels after which the names belong to photographers, designers, agencies or authorities.
const CREDIT_LINE =
  /^(?:©|\(c\)|copyright\b|bild(?:nachweis|quellen?|rechte)|foto(?:s|grafie|nachweis|credits?)?\b|photo(?:s|graphy|graphs| credits?)?\b|image(?:s| credits?)?\b|crédits?|fotografie|bildquelle|web ?design|webdesign|design\b|umsetzung|realisierung|konzept|gestaltung|programmierung|entwicklung|technische umsetzung|website (?:by|design|erstellt)|made by|created by|powered by|site by|built by|hosting|erstellt (?:mit|von|durch)|generiert|vorlage|template|generator|aufsichtsbehörde|zuständige (?:kammer|aufsicht)|kammer\b|supervisory|streitschlichtung|quelle|source)/i;

/** True when the line credits images, site builders or names an authority instead of staff. */
export function isCreditLine(text: string): boolean {
  return CREDIT_LINE.test(text.trim());
}

// Customer quotes without a telling class: a star rating, or quoted sentences that make up a good part of
// the card. A staff biography may quote its subject once ("her motto: “…”"); that does not make it a review.
const QUOTED_SENTENCE = /[„“"«»][^„“"«»]{25,1000}[“”"«»]/gu;
const MIN_QUOTED_SHARE = 0.25;

export function looksLikeTestimonial(cardText: string): boolean {
  if (/★|⭐/u.test(cardText)) return true;
  const text = cardText.replace(/\s+/g, " ").trim();
  const quoted = (text.match(QUOTED_SENTENCE) ?? []).reduce((sum, quote) => sum + quote.length, 0);
  return quoted > 0 && quoted / text.length >= MIN_QUOTED_SHARE;
}
