import type { Cheerio, CheerioAPI } from "cheerio";
import type { Element } from "domhandler";

const MAX_CARD_CHARS = 2500;

/**
 * The smallest block around a title that holds its details (meta line, location, apply link) but no
 * other title. A heading without a wrapping card owns the siblings up to the next heading of its level.
 */
export function cardOf($: CheerioAPI, el: Element, otherTitles: Element[]): Cheerio<Element> {
  let card = $(el);
  for (let depth = 0; depth < 6; depth++) {
    const parent = card.parent();
    if (!parent.length || ["body", "main", "html"].includes(parent[0].tagName)) break;
    if (parent.text().length > MAX_CARD_CHARS) break;
    if (otherTitles.some((other) => other !== el && $.contains(parent[0], other))) break;
    card = parent as Cheerio<Element>;
  }
  if (card[0] === el && /^h[1-6]$/.test(el.tagName)) {
    const stop = ["h1", "h2", "h3", "h4", "h5", "h6"].slice(0, Number(el.tagName[1])).join(", ");
    return $(el).add($(el).nextUntil(stop)) as Cheerio<Element>;
  }
  return card;
}

const LOCATION_LABEL =
  /(?:^|\s)(?:location|standort|einsatzort|arbeitsort|dienstort|ort|lieu|localisation|locatie|standplaats|ubicaci[oó]n|sede|luogo)\s*[:：]\s*([^\n|·•]{2,60})/iu;

/** The location a card states, from a "Location:" label, a dt/dd pair or a location-classed element. */
export function locationInCard($: CheerioAPI, card: Cheerio<Element>): string | null {
  let found: string | null = null;
  const within = (selector: string): Cheerio<Element> => card.find(selector).add(card.filter(selector));
  within("dt, th, strong, b, span, label").each((_, el) => {
    if (found) return;
    const label = $(el).text().replace(/\s+/g, " ").trim();
    if (!/^(?:location|standort|einsatzort|arbeitsort|ort|lieu|locatie|ubicaci[oó]n|sede)\s*:?$/iu.test(label)) return;
    const next = $(el).next().text().replace(/\s+/g, " ").trim();
    const after = ($(el).parent().text().replace(/\s+/g, " ").trim().split(label)[1] ?? "").replace(/^\s*:\s*/, "");
    found = (next || after).slice(0, 80).trim() || null;
  });
  if (found) return found;
  const classed = within('[class*="location" i], [class~="loc" i], [class*="standort" i]').first();
  if (classed.length) return classed.text().replace(/\s+/g, " ").trim() || null;
  for (const line of leafLines($, card)) {
    const match = LOCATION_LABEL.exec(line);
    if (match) return match[1].trim();
  }
  return null;
}

/** The texts of a card's innermost elements, one per line, so labels do not run into each other. */
export function leafLines($: CheerioAPI, card: Cheerio<Element>): string[] {
  const lines: string[] = [];
  card.find("*").add(card).each((_, el) => {
    if ($(el).children().length > 0 && !/^(?:p|dd|li|td)$/.test(el.tagName)) return;
    const text = $(el).text().replace(/\s+/g, " ").trim();
    if (text) lines.push(text);
  });
  return lines;
}
