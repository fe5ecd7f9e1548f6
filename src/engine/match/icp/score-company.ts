import type { CompanyFacts, TechDetection } from "../../types.ts";

/** The parts of an ideal customer profile a website can be checked against. */
export interface IcpTargets {
  target_countries: string[];
  target_cities: string[];
  target_industries: string[];
  excluded_industries: string[];
  search_keywords: string[];
}

export interface CriterionResult {
  criterion: string;
  matched: boolean | null;
  weight: number;
  evidence: string;
}

export interface MatchScore {
  /** 0–10, or null when the profile states nothing checkable. */
  score: number | null;
  explanation: CriterionResult[];
}

// Keyword evidence comes from what the company says about itself, never from third-party text.
function companyText(company: CompanyFacts, technologies: TechDetection[]): string {
  return [company.name, company.description, company.business_type, ...company.description_keywords, ...technologies.map((t) => t.name)]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

export const NO_CRITERIA: CriterionResult = {
  criterion: "profile",
  matched: null,
  weight: 0,
  evidence: "the prospect search states no criteria to score against (target countries, cities, industries, excluded industries or keywords)",
};

/**
 * Scores a company against the profile: each stated criterion contributes its weight when met; an
 * excluded industry caps the score at 0. Criteria that cannot be checked (no data) count as unknown
 * and are left out of the denominator, so missing data neither helps nor hurts.
 */
export function scoreCompany(company: CompanyFacts, technologies: TechDetection[], targets: IcpTargets): MatchScore {
  const text = companyText(company, technologies);
  const results: CriterionResult[] = [];
  if (targets.target_countries.length) results.push(inList("country", company.country, targets.target_countries, 3));
  if (targets.target_cities.length) results.push(inList("city", company.city, targets.target_cities, 1));
  if (targets.target_industries.length) results.push(mentions("industry", text, targets.target_industries, 4));
  if (targets.search_keywords.length) results.push(mentions("keywords", text, targets.search_keywords.slice(0, 30), 2));
  const excluded = targets.excluded_industries.length ? mentions("excluded industry", text, targets.excluded_industries, 0) : null;
  if (excluded) results.push({ ...excluded, matched: excluded.matched ? false : true });
  // A profile without criteria has nothing to measure fit against: no number (a 0 would read as "does
  // not fit", a 10 as "fits"), but an explanation saying why, so a client knows what to add.
  if (!results.length) return { score: null, explanation: [{ ...NO_CRITERIA }] };
  const known = results.filter((r) => r.matched !== null && r.weight > 0);
  if (excluded?.matched === true) return { score: 0, explanation: results };
  if (!known.length) return { score: null, explanation: results };
  const earned = known.filter((r) => r.matched).reduce((sum, r) => sum + r.weight, 0);
  const possible = known.reduce((sum, r) => sum + r.weight, 0);
  return { score: Math.round((earned / possible) * 100) / 10, explanation: results };
}

function inList(criterion: string, value: string | null, targets: string[], weight: number): CriterionResult {
  if (!value) return { criterion, matched: null, weight, evidence: `no ${criterion} found on the website` };
  const hit = targets.some((t) => t.trim().toLowerCase() === value.trim().toLowerCase());
  return { criterion, matched: hit, weight, evidence: `${criterion} ${value} ${hit ? "is" : "is not"} in ${targets.join(", ")}` };
}

function mentions(criterion: string, text: string, terms: string[], weight: number): CriterionResult {
  if (!text) return { criterion, matched: null, weight, evidence: "no description found on the website" };
  const hits = terms.filter((term) => term.trim().length > 2 && text.includes(term.trim().toLowerCase()));
  return { criterion, matched: hits.length > 0, weight, evidence: hits.length ? `website mentions ${hits.slice(0, 5).join(", ")}` : `website mentions none of ${terms.slice(0, 5).join(", ")}` };
}
