import { CUSTOMER_FACTOR, type IndustrySignal } from "./industry-signals.ts";
import { divisionOf } from "./nace-taxonomy.ts";

// Share of a term's occurrences read as customers' from which the site is taken to name its market
// with it; one stray "for" among dozens of the company's own uses does not turn its trade into a market.
const MARKET_SHARE = 1 / 3;

/**
 * A trade word the site mostly names as its market ("software for restaurants") is its market in its
 * headings and menus too ("Restaurants", "Cafés & Bars"): every occurrence of it is discounted. And a
 * list of customer trades ("for cafés, bistros and restaurants") is one statement about one market,
 * so the market words of one division count as one term, not as many pieces of evidence.
 */
export function discountMarketTerms(signals: IndustrySignal[]): IndustrySignal[] {
  const market = marketKeys(signals);
  return signals.map((s) => {
    if (!s.customer && !market.has(s.key)) return s;
    const score = s.customer ? s.score : s.score * CUSTOMER_FACTOR;
    return { ...s, score, customer: true, key: `market:${divisionOf(s.code) ?? s.code}` };
  });
}

function marketKeys(signals: IndustrySignal[]): Set<string> {
  const counts = new Map<string, [number, number]>();
  for (const s of signals) {
    const [customer, all] = counts.get(s.key) ?? [0, 0];
    counts.set(s.key, [customer + (s.customer ? 1 : 0), all + 1]);
  }
  return new Set([...counts].filter(([, [customer, all]]) => customer > 0 && customer >= all * MARKET_SHARE).map(([key]) => key));
}
