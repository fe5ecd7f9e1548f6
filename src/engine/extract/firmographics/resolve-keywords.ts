import type { Observation } from "../../types.ts";
import { foldText } from "../../text/fold.ts";
import { rankValues } from "./rank-values.ts";

// Navigation, legal and filler words that say nothing about what a company does.
const STOP = new Set(
  ("und and the der die das für fuer for mit with von in im am an auf aus bei zum zur ihr ihre ihren your our unser unsere " +
    "wir we you sie uns us home startseite willkommen welcome über ueber about kontakt contact impressum imprint datenschutz " +
    "datenschutzerklärung privacy policy cookie cookies terms agb allgemeine geschäftsbedingungen haftungsausschluss disclaimer " +
    "karriere career careers jobs stellenangebote news aktuelles aktuelle blog team services leistungen service page seite found " +
    "mehr more learn read jetzt now hier here alle all neu new wenn when was what how wie uhr gmbh ltd llc inc limited corp " +
    "co kg e.v. website official statement modern slavery accessibility fees procedure complaints latest features information " +
    "faq faqs häufige fragen questions partner partners referenzen references historie history geschichte standorte locations " +
    "maximal schön liegen stand dracones sunt come make build ihnen ihrem unserer").split(" "),
);

/** 3–6 words saying what the company does: meta keywords and JSON-LD topics first, else the home page's own words. */
export function resolveKeywords(observations: Observation[], name: string | null): string[] {
  const nameWords = new Set(foldText(name ?? "").split(" "));
  const isUseful = (word: string) => word.length > 2 && word.length < 40 && !STOP.has(word.toLowerCase()) && !nameWords.has(foldText(word));
  const declared = rankValues<string>(observations, "keyword", (v) => foldText(v))
    .map((r) => r.value.trim())
    .filter(isUseful);
  if (declared.length >= 3) return declared.slice(0, 6);
  const counts = new Map<string, { word: string; count: number }>();
  for (const text of describingTexts(observations)) {
    for (const raw of text.split(/[\s|,–—:;·/()!?"“”„]+/)) {
      const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      if (!isUseful(word) || /^\p{Ll}/u.test(word) && /^de/.test(languageHint(text))) continue;
      const key = word.toLowerCase();
      const entry = counts.get(key) ?? { word, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count).map((e) => e.word);
  return [...declared, ...ranked.filter((w) => !declared.some((d) => foldText(d) === foldText(w)))].slice(0, 6);
}

// The home page's description and title say what the company does; headings of other pages add detail.
function describingTexts(observations: Observation[]): string[] {
  const fromHome = observations.filter((o) => (o.field === "description" || o.field === "title") && o.confidence >= 0.6);
  const headings = observations.filter((o) => o.field === "heading");
  return [...fromHome, ...fromHome, ...headings].map((o) => String(o.value));
}

// German capitalises nouns, so in German text only capitalised words are kept as keywords.
function languageHint(text: string): string {
  return /\b(und|der|die|das|für|mit)\b/i.test(text) ? "de" : "en";
}
