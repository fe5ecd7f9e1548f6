import type { QualificationCriterion } from "../prospect-searches/schemas.ts";
import { extractKeywords } from "./extract-keywords.ts";
import { geoLocationsFor, searchLanguagesFor, type GeoLocation } from "./geography.ts";
import type { CreateSearchProfileInput } from "./schemas.ts";

export interface BuiltSearchProfile {
  search_keywords: string[];
  geo_locations: GeoLocation[];
  language_config: { output_language: string; search_languages: string[] };
  qualification_criteria: QualificationCriterion[];
}

/**
 * The built-in, deterministic profile builder: derives the structured parts of a search profile
 * from its free text and lists. Discovery and ICP scoring reuse it to read an ICP the same way.
 */
export function buildSearchProfile(input: CreateSearchProfileInput): BuiltSearchProfile {
  const texts = [input.ideal_customer_profile, input.seller_offering ?? "", ...input.target_industries];
  return {
    search_keywords: extractKeywords(texts),
    geo_locations: geoLocationsFor(input.target_countries, input.target_cities),
    language_config: { output_language: input.output_language, search_languages: searchLanguagesFor(input.target_countries, input.output_language) },
    qualification_criteria: qualificationCriteria(input),
  };
}

function qualificationCriteria(input: CreateSearchProfileInput): QualificationCriterion[] {
  const criteria: Omit<QualificationCriterion, "id">[] = [];
  if (input.target_industries.length) {
    criteria.push({ criterion: `Industry: ${input.target_industries.join(", ")}`, type: "industry", weight: 3, values: input.target_industries });
  }
  const size = parseEmployeeRange(input.ideal_customer_profile);
  if (size) criteria.push({ criterion: `Employees: ${describeRange(size)}`, type: "size", weight: 2, ...size });
  const places = [...input.target_countries, ...input.target_cities];
  if (places.length) criteria.push({ criterion: `Location: ${places.join(", ")}`, type: "location", weight: 2, values: places });
  const keywords = extractKeywords([input.ideal_customer_profile]).slice(0, 5);
  if (keywords.length) criteria.push({ criterion: `Matches: ${keywords.join(", ")}`, type: "keyword", weight: 1, values: keywords });
  if (input.excluded_industries.length) {
    criteria.push({ criterion: `Not in: ${input.excluded_industries.join(", ")}`, type: "exclusion", weight: 3, values: input.excluded_industries });
  }
  return criteria.map((criterion, index) => ({ id: `${criterion.type}-${index + 1}`, ...criterion }));
}

const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{3})*|\d+)`;
const PEOPLE = String.raw`(?:employees|mitarbeiter(?:innen|n)?|mitarbeitende|staff|people|beschäftigte)`;
const RANGE = new RegExp(String.raw`${NUMBER}\s*(?:-|–|to|bis)\s*${NUMBER}\s*${PEOPLE}`, "i");
const AT_LEAST = new RegExp(String.raw`(?:${NUMBER}\s*\+\s*${PEOPLE})|(?:(?:more than|over|at least|mindestens|über|ab)\s*${NUMBER}\s*${PEOPLE})`, "i");
const AT_MOST = new RegExp(String.raw`(?:less than|fewer than|under|up to|bis zu|unter|weniger als)\s*${NUMBER}\s*${PEOPLE}`, "i");

/** "50-500 employees" → {min: 50, max: 500}; "200+ Mitarbeiter" → {min: 200}; "under 50 staff" → {max: 50}. */
export function parseEmployeeRange(text: string): { min?: number; max?: number } | null {
  const toInt = (value: string) => Number(value.replace(/[.,]/g, ""));
  const range = RANGE.exec(text);
  if (range) return { min: toInt(range[1]!), max: toInt(range[2]!) };
  const atLeast = AT_LEAST.exec(text);
  if (atLeast) return { min: toInt((atLeast[1] ?? atLeast[2])!) };
  const atMost = AT_MOST.exec(text);
  return atMost ? { max: toInt(atMost[1]!) } : null;
}

function describeRange(range: { min?: number; max?: number }): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}–${range.max}`;
  return range.min !== undefined ? `at least ${range.min}` : `at most ${range.max}`;
}
