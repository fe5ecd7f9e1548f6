import { findCountries } from "./icp-countries.ts";
import { findCities } from "./icp-cities.ts";
import { splitIcpClauses } from "./icp-clauses.ts";
import { findPostalCodePrefixes } from "./icp-postal-codes.ts";
import { findRegions } from "./icp-regions.ts";
import { readSizeRange, type SizeRange } from "./icp-size.ts";
import { findIndustryTerms } from "./industry-lexicon.ts";
import { foldWords } from "./normalize-words.ts";
import { readIcpIndustries, type IcpIndustries } from "./read-icp-industries.ts";

export type { SizeRange } from "./icp-size.ts";

export interface IcpRegion {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

/** The structured reading of a buyer's ideal customer profile. */
export interface IcpReading {
  industries: IcpIndustries;
  /** ISO 3166-1 alpha-2 codes the profile targets. */
  countries: string[];
  excluded_countries: string[];
  regions: IcpRegion[];
  cities: string[];
  postal_code_prefixes: string[];
  size: SizeRange | null;
}

/**
 * Reads industries (NACE), countries, regions, cities, postal-code areas and size from free text in
 * any supported language: "Steuerberater in Bayern mit 5–20 Mitarbeitern, PLZ 80–85, keine Kliniken".
 */
export function readIcp(text: string): IcpReading {
  const { countries, excluded, regions } = readGeography(text);
  const placeWords = new Set([...regions.map((r) => r.name), ...countries, ...excluded].map((v) => v.toLowerCase()));
  return {
    industries: readIcpIndustries(text),
    countries,
    excluded_countries: excluded,
    regions,
    cities: findCities(text).filter((city) => !placeWords.has(city.toLowerCase()) && !namesSomethingElse(city)),
    postal_code_prefixes: findPostalCodePrefixes(text),
    size: readSizeRange(text),
  };
}

function readGeography(text: string) {
  const countries: string[] = [];
  const excluded: string[] = [];
  const regions: IcpRegion[] = [];
  for (const clause of splitIcpClauses(text)) {
    const regionHits = findRegions(clause.folded);
    const regionAt = new Set(regionHits.map((r) => r.position));
    for (const hit of findCountries(clause.folded)) {
      if (regionAt.has(hit.position)) continue;
      (clause.negated[hit.position] ? excluded : countries).push(...hit.codes);
    }
    for (const hit of regionHits) if (!clause.negated[hit.position]) regions.push({ name: hit.name, country: hit.country });
  }
  return { countries: unique(countries).filter((c) => !excluded.includes(c)), excluded: unique(excluded), regions: uniqueRegions(regions) };
}

// A capitalised word after "in" may be an industry ("in Kanzleien"), a country, a region or a size
// ("KMU"), not a city.
function namesSomethingElse(name: string): boolean {
  const words = foldWords(name);
  return findIndustryTerms(name).length > 0 || findCountries(words).length > 0 || findRegions(words).length > 0 || readSizeRange(name) !== null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqueRegions(regions: IcpRegion[]): IcpRegion[] {
  const seen = new Set<string>();
  return regions.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
}
