import { mergeIcpIndustries, readIcpIndustries } from "../../engine/industry/read-icp-industries.ts";
import { divisionOf, type NaceCode } from "../../engine/industry/nace-taxonomy.ts";
import { readIcp } from "../../engine/industry/read-icp.ts";

export interface SearchProfile {
  id: string;
  ideal_customer_profile: string;
  target_countries: string[];
  target_cities: string[];
  target_industries: string[];
  excluded_industries: string[];
  search_keywords: string[];
}

export interface DiscoveryIcp {
  include: NaceCode[];
  exclude: NaceCode[];
  /** The buyer's industry words, for the full-text pre-filter over names and descriptions. */
  terms: string[];
}

/**
 * The industries a search targets and excludes, as NACE codes: from its industry lists (where weaker
 * words count, the buyer typed them as industries) and from the free-text ideal customer profile.
 */
export function readDiscoveryIcp(search: SearchProfile): DiscoveryIcp {
  const listed = readIcpIndustries(search.target_industries.join("; "), { minWeight: 0.5 });
  const excludedList = readIcpIndustries(search.excluded_industries.join("; "), { minWeight: 0.5 });
  const merged = mergeIcpIndustries(listed, readIcpIndustries(search.ideal_customer_profile));
  const exclude = [...new Set([...merged.exclude, ...excludedList.include])];
  return {
    include: merged.include.filter((code) => !exclude.includes(code)),
    exclude,
    terms: [...new Set([...merged.matched.filter((m) => !m.excluded).map((m) => m.term), ...search.target_industries])],
  };
}

/**
 * The profile as discovery applies it: a buyer who wrote "… in Deutschland" but left the country list
 * empty targets Germany, so the countries the free text names fill an empty list (never widen a stated one).
 */
export function withIcpCountries(search: SearchProfile): SearchProfile {
  if (search.target_countries.length) return search;
  const countries = readIcp(search.ideal_customer_profile).countries;
  return countries.length ? { ...search, target_countries: countries } : search;
}

/** The codes a pre-filter compares with a company's stated codes: each code and its division. */
export function prefilterCodes(codes: NaceCode[]): string[] {
  return [...new Set(codes.flatMap((code) => [code, divisionOf(code)].filter((c): c is string => c !== null)))];
}
