// A trade word that qualifies a product, a market or a clientele names who the company serves, not
// what it does: "restaurant software", "Gastronomie-Software", "dental practice owners",
// "Hotelsoftware", "construction industry clients". Words of the information trades themselves
// ("software platform", "web solutions") are the product and are left alone.

import { sectionOf, type NaceCode } from "./nace-taxonomy.ts";
import { foldWords } from "./normalize-words.ts";

// Nouns of what is sold to a trade, or of the trade as a market, in the lexicon languages (folded).
// Not "solutions" or "systems": "Accounting Solutions", "heating systems" name a firm's own services.
const MARKET_NOUNS = new Set([
  "software", "platform", "platforms", "plattform", "plattformen", "plateforme", "plateformes", "piattaforma", "plataforma",
  "app", "apps", "application", "applications", "tool", "tools", "pos", "kassensystem", "kassensysteme", "crm", "erp",
  "analytics", "analyse", "analysen", "analysis", "audit", "audits",
  "industry", "industries", "branche", "branchen", "sector", "sectors", "sektor", "secteur", "settore", "markt", "market", "markets",
  "owners", "operators", "betreiber", "inhaber", "clients", "customers", "kunden", "klanten", "clientes", "clienti",
  "equipment", "supplies", "supply", "bedarf", "ausstattung", "zubehor", "marketing",
]);
// The same nouns closing a compound after a trade word with open end ("Hotelsoftware", "Gastronomiebedarf").
const COMPOUND_TAILS = /(software|plattform|platform|kassensystem|kassensysteme|bedarf|ausstattung|ausstatter|zubehor|branche|betreiber|inhaber|kunden|marketing|app|apps)$/;

/** Whether the term matched at `position` (spanning `length` words) qualifies a product, market or clientele. */
export function isMarketModifier(folded: string[], position: number, length: number, code: NaceCode, term: string): boolean {
  if (sectionOf(code) === "J") return false;
  const next = folded[position + length];
  if (next !== undefined && MARKET_NOUNS.has(next)) return true;
  return compoundContinues(folded[position + length - 1] ?? "", term);
}

// "hotel*" matched "hotelsoftware": what follows the lexicon stem is a market noun.
function compoundContinues(word: string, term: string): boolean {
  const last = term.trim().split(/\s+/).pop() ?? "";
  if (!last.endsWith("*") || last.startsWith("*")) return false;
  const stem = foldWords(last.replace(/\*/g, "")).join("");
  return word.startsWith(stem) && word.length > stem.length && COMPOUND_TAILS.test(word.slice(stem.length));
}
