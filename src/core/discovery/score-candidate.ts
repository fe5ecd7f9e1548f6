import type { Selectable } from "kysely";
import type { CompaniesTable } from "../../db/types.ts";
import { findIndustryTerms } from "../../engine/industry/industry-lexicon.ts";
import { isWithinNace, naceLabel } from "../../engine/industry/nace-taxonomy.ts";
import { NO_CRITERIA, scoreCompany, type CriterionResult, type MatchScore } from "../../engine/match/icp/score-company.ts";
import type { IndustryFacts, TechDetection } from "../../engine/types.ts";
import { companyFactsOfRow } from "../enrichment/company-facts-of-row.ts";
import type { DiscoveryIcp, SearchProfile } from "./read-icp.ts";

/** A company qualifies when it meets most of what the profile states; unscorable ones never do. */
export const QUALIFYING_SCORE = 6;
const BELOW_QUALIFYING = QUALIFYING_SCORE - 0.1;
const INDUSTRY_WEIGHT = 4;
// Lexicon words weaker than this (generic words like "service") say too little about an industry.
const TEXT_EVIDENCE_WEIGHT = 1;
// A word in the name, or a classification with little agreeing evidence, is a hint: a match on it
// earns half the industry weight, so companies whose industry is known rank above it — and it never
// qualifies a company on its own (a target country plus a hint would otherwise reach the threshold).
const WEAK_SHARE = 0.5;
// Below this confidence the site's classification is a guess between trades (see classifyIndustry).
const CLASSIFIED_CONFIDENCE = 0.2;

interface IndustryEvidence {
  code: string;
  evidence: string;
  /** Text matching only: used where neither the site's classification nor a dataset gives a code. */
  weak: boolean;
}

/**
 * Scores a candidate against the profile: country, city and keywords as for enrichment, and the
 * industry by NACE code — the industry classified from the company's own site and the codes an
 * imported dataset states, each with its evidence and source; industry words in the name and
 * self-description only where neither exists. An excluded industry scores 0.
 */
export function scoreDiscoveryCandidate(row: Selectable<CompaniesTable>, technologies: TechDetection[], search: SearchProfile, icp: DiscoveryIcp): MatchScore {
  const byCode = !!(icp.include.length || icp.exclude.length);
  const base = scoreCompany(companyFactsOfRow(row), technologies, { ...search, target_industries: byCode ? [] : search.target_industries, excluded_industries: byCode ? [] : search.excluded_industries });
  if (!byCode) return base;
  const evidence = industryEvidence(row);
  // industry codes are criteria too: drop the base's "no criteria" note when it gave one
  const results: CriterionResult[] = base.explanation.filter((entry) => entry.criterion !== NO_CRITERIA.criterion);
  const excluded = evidence.filter((e) => icp.exclude.some((scope) => isWithinNace(e.code, scope)));
  if (excluded.length) {
    results.push({ criterion: "excluded industry", matched: false, weight: 0, evidence: excluded.map((e) => e.evidence).slice(0, 3).join("; ") });
    return { score: 0, explanation: results };
  }
  let weakMatch = false;
  if (icp.include.length) {
    const criterion = industryCriterion(evidence, icp);
    weakMatch = criterion.matched === true && evidence.filter((e) => icp.include.some((scope) => isWithinNace(e.code, scope))).every((e) => e.weak);
    results.push(criterion);
  }
  const known = results.filter((r) => r.matched !== null && r.weight > 0);
  if (!known.length) return { score: null, explanation: results };
  const earned = known.filter((r) => r.matched).reduce((sum, r) => sum + (weakMatch && r.criterion === "industry" ? r.weight * WEAK_SHARE : r.weight), 0);
  const possible = known.reduce((sum, r) => sum + r.weight, 0);
  const score = Math.round((earned / possible) * 100) / 10;
  return { score: weakMatch ? Math.min(score, BELOW_QUALIFYING) : score, explanation: results };
}

function industryCriterion(evidence: IndustryEvidence[], icp: DiscoveryIcp): CriterionResult {
  const wanted = icp.include.map((code) => `${code} ${naceLabel(code) ?? ""}`.trim()).join(", ");
  // A profile that names industries is not met by a company whose industry nobody could tell:
  // unknown counts as a miss here, or the country alone would qualify it.
  if (!evidence.length) return { criterion: "industry", matched: false, weight: INDUSTRY_WEIGHT, evidence: "no industry classified from the website or stated by a dataset" };
  const hits = evidence.filter((e) => icp.include.some((scope) => isWithinNace(e.code, scope)));
  return hits.length
    ? { criterion: "industry", matched: true, weight: INDUSTRY_WEIGHT, evidence: `${hits.map((h) => h.evidence).slice(0, 3).join("; ")} — within ${wanted}` }
    : { criterion: "industry", matched: false, weight: INDUSTRY_WEIGHT, evidence: `${evidence.map((h) => h.evidence).slice(0, 3).join("; ")} — not within ${wanted}` };
}

function industryEvidence(row: Selectable<CompaniesTable>): IndustryEvidence[] {
  const sources = (row.sources ?? {}) as Record<string, { url?: string }>;
  const classified = classifiedEvidence(row.industry as IndustryFacts | null);
  const stated = row.nace_codes
    .filter((code) => /^\d{2}\.\d/.test(code) || !row.nace_codes.some((finer) => finer !== code && finer.startsWith(`${code}.`)))
    .filter((code) => /^\d/.test(code))
    .map((code) => ({ code, evidence: `NACE ${code} stated by dataset ${datasetOf(sources)}`, weak: false }));
  if (classified || stated.length) return [...(classified ? [classified] : []), ...stated];
  const text = [row.name, row.legal_name, row.description, ...(row.keywords ?? [])].filter(Boolean).join(". ");
  const site = row.website ?? (row.domain ? `https://${row.domain}/` : "the website");
  const seen = new Set<string>();
  return findIndustryTerms(text)
    .filter((hit) => hit.weight >= TEXT_EVIDENCE_WEIGHT && !seen.has(hit.code) && seen.add(hit.code))
    .map((hit) => ({ code: hit.code, evidence: `'${hit.matched}' (${hit.code} ${naceLabel(hit.code) ?? ""}) in the company's name or self-description on ${site}, not classified`, weak: true }));
}

function classifiedEvidence(industry: IndustryFacts | null): IndustryEvidence | null {
  if (!industry?.nace_division) return null;
  const code = industry.nace_code || industry.nace_division;
  const first = industry.evidence?.[0];
  const from = first ? `: '${first.text.slice(0, 80)}' on ${first.source_url}` : "";
  const weak = (industry.confidence ?? 0) < CLASSIFIED_CONFIDENCE;
  return { code, evidence: `classified from the website as ${code} ${industry.label} (confidence ${industry.confidence}${weak ? ", too low to qualify" : ""})${from}`, weak };
}

function datasetOf(sources: Record<string, { url?: string }>): string {
  const url = Object.values(sources).map((s) => s.url ?? "").find((u) => u.startsWith("dataset:"));
  return url ? url.slice("dataset:".length) : "import";
}
