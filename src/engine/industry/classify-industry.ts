import type { IndustryEvidence, IndustryFacts, Page } from "../types.ts";
import { collectIndustrySignals, type IndustrySignal } from "./industry-signals.ts";
import { discountMarketTerms } from "./market-terms.ts";
import { statesOwnTrade } from "./states-own-trade.ts";
import { divisionOf, naceLabel, sectionOf, type NaceCode } from "./nace-taxonomy.ts";

export type { IndustryEvidence } from "../types.ts";

/** Confidence is the share of the evidence that agrees, damped when there is little evidence at all. */
export type IndustryClassification = IndustryFacts;

export interface ClassifyIndustryInput {
  pages: Page[];
  /** The legal form the imprint states; an association's form (e.V.) points to membership organisations. */
  legalForm?: string | null;
}

// When the site only names a whole branch ("Hersteller", "Baugewerbe"), the division most
// small companies of that branch belong to.
const SECTION_DEFAULT_DIVISION: Record<string, string> = {
  A: "01", B: "08", C: "25", D: "35", E: "38", F: "43", G: "47", H: "49", I: "56", J: "62", K: "66", L: "68", M: "70",
  N: "82", O: "84", P: "85", Q: "86", R: "93", S: "96", T: "97", U: "99",
};
const ASSOCIATION_FORMS = /^(e\.?\s?v\.?|eingetragener verein|verein|association|vereniging|asociaci[oó]n|associazione|onlus|aps|asd)$/i;
const MIN_SCORE = 1;
// A trade the site never names in its titles, descriptions or headings is read with half the confidence.
const UNSTATED_FACTOR = 0.5;
const MAX_EVIDENCE = 5;

/**
 * Classifies a company into NACE Rev. 2 from its own site: schema.org types, professional chambers and
 * registers it names, and the trade words of its titles, descriptions, headings and text.
 * The section with the most evidence wins, then its strongest division. Null without evidence.
 */
export function classifyIndustry(input: ClassifyIndustryInput): IndustryClassification | null {
  const signals = collectIndustrySignals(input.pages);
  if (input.legalForm && ASSOCIATION_FORMS.test(input.legalForm.trim())) {
    signals.push({ code: "94", score: 2, key: "legal_form", text: input.legalForm, sourceUrl: input.pages[0]?.url ?? "", method: "imprint_text", prominent: true });
  }
  const weighed = discountMarketTerms(signals);
  const terms = scoreTerms(weighed);
  const sections = diminishingSums(terms, (t) => sectionOf(t.code));
  const divisions = diminishingSums(terms, (t) => divisionOf(t.code));
  const [section, sectionScore] = best(sections);
  if (!section || sectionScore < MIN_SCORE) return null;
  const [division] = best(new Map([...divisions].filter(([d]) => sectionOf(d) === section)));
  const chosen = division ?? SECTION_DEFAULT_DIVISION[section];
  const code = finestCode(terms, chosen);
  const total = [...sections.values()].reduce((sum, v) => sum + v, 0);
  return {
    nace_section: section,
    nace_division: chosen,
    nace_code: code,
    label: naceLabel(code) ?? naceLabel(chosen) ?? chosen,
    confidence: round((sectionScore / total) * (1 - Math.exp(-sectionScore / 6)) * (statesOwnTrade(weighed, section) ? 1 : UNSTATED_FACTOR)),
    evidence: evidenceFor(terms, section, chosen),
  };
}

interface ScoredTerm {
  code: NaceCode;
  score: number;
  signal: IndustrySignal;
}

// A term counts once at its strongest place, plus a little for each repeat, so one word repeated
// in every menu cannot outweigh several different words of another trade.
function scoreTerms(signals: IndustrySignal[]): ScoredTerm[] {
  const byKey = new Map<string, IndustrySignal[]>();
  for (const signal of signals) byKey.set(signal.key, [...(byKey.get(signal.key) ?? []), signal]);
  return [...byKey.values()].map((group) => {
    const strongest = group.reduce((a, b) => (b.score > a.score ? b : a));
    const repeats = Math.min(group.length - 1, 10);
    return { code: strongest.code, score: strongest.score * (1 + 0.08 * repeats), signal: strongest };
  });
}

// Within one section or division each further term counts a little less than the one before, so
// a few strong words of the company's own trade outweigh many passing mentions of another.
const RANK_DECAY = 0.75;

function diminishingSums(terms: ScoredTerm[], keyOf: (term: ScoredTerm) => string | null): Map<string, number> {
  const groups = new Map<string, number[]>();
  for (const term of terms) {
    const key = keyOf(term);
    if (key) groups.set(key, [...(groups.get(key) ?? []), term.score]);
  }
  return new Map([...groups].map(([key, scores]) => [key, scores.sort((a, b) => b - a).reduce((sum, s, rank) => sum + s * RANK_DECAY ** rank, 0)]));
}

function finestCode(terms: ScoredTerm[], division: string): NaceCode {
  const byCode = new Map<string, number>();
  let divisionTotal = 0;
  for (const term of terms) {
    if (divisionOf(term.code) !== division) continue;
    divisionTotal += term.score;
    if (term.code !== division) add(byCode, term.code, term.score);
  }
  const [code, score] = best(byCode);
  return code && score >= divisionTotal / 2 ? code : division;
}

function evidenceFor(terms: ScoredTerm[], section: string, division: string): IndustryEvidence[] {
  const relevant = terms.filter((t) => divisionOf(t.code) === division || t.code === section);
  const seen = new Set<string>();
  return relevant
    .sort((a, b) => b.score - a.score)
    .filter((t) => (seen.has(t.signal.text.toLowerCase()) ? false : (seen.add(t.signal.text.toLowerCase()), true)))
    .slice(0, MAX_EVIDENCE)
    .map((t) => ({ source_url: t.signal.sourceUrl, method: t.signal.method, text: t.signal.text }));
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

function best(map: Map<string, number>): [string | undefined, number] {
  let top: [string | undefined, number] = [undefined, 0];
  for (const [key, value] of map) if (value > top[1]) top = [key, value];
  return top;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
