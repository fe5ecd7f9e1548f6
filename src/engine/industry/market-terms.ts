import { CUSTOMER_FACTOR, type IndustrySignal } from "./industry-signals.ts";
import { divisionOf } from "./nace-taxonomy.ts";

/**
 * A trade word the site names as its market once ("software for restaurants") is its market in its
 * headings and menus too ("Restaurants", "Cafés & Bars"): every occurrence of it is discounted. A
 * company rarely names its own trade as somebody else's customer. And a list of customer trades
 * ("for cafés, bistros and restaurants") is one statement about one market, so the market words of
 * one division count as one term, not as many pieces of evidence.
 */
export function discountMarketTerms(signals: IndustrySignal[]): IndustrySignal[] {
  const market = new Set(signals.filter((s) => s.customer).map((s) => s.key));
  return signals.map((s) => {
    if (!market.has(s.key)) return s;
    const score = s.customer ? s.score : s.score * CUSTOMER_FACTOR;
    return { ...s, score, customer: true, key: `market:${divisionOf(s.code) ?? s.code}` };
  });
}
