// Just enough geography to turn target countries and cities into geo_locations and search languages.

const COUNTRY_LANGUAGES: Record<string, string[]> = {
  DE: ["de"], AT: ["de"], CH: ["de", "fr", "it"], LI: ["de"], LU: ["fr", "de"], BE: ["nl", "fr"], NL: ["nl"],
  FR: ["fr"], IT: ["it"], ES: ["es"], PT: ["pt"], PL: ["pl"], CZ: ["cs"], SK: ["sk"], HU: ["hu"], DK: ["da"],
  SE: ["sv"], NO: ["no"], FI: ["fi"], IE: ["en"], GB: ["en"], US: ["en"], CA: ["en", "fr"], AU: ["en"],
  BR: ["pt"], MX: ["es"], JP: ["ja"], CN: ["zh"], GR: ["el"], RO: ["ro"], BG: ["bg"], HR: ["hr"], SI: ["sl"],
};

const CITY_COUNTRIES: Record<string, string> = {
  berlin: "DE", hamburg: "DE", munich: "DE", münchen: "DE", cologne: "DE", köln: "DE", frankfurt: "DE",
  stuttgart: "DE", düsseldorf: "DE", dusseldorf: "DE", leipzig: "DE", dresden: "DE", hannover: "DE", nuremberg: "DE",
  nürnberg: "DE", bremen: "DE", essen: "DE", dortmund: "DE", karlsruhe: "DE", mannheim: "DE", bonn: "DE",
  vienna: "AT", wien: "AT", graz: "AT", linz: "AT", salzburg: "AT", innsbruck: "AT",
  zurich: "CH", zürich: "CH", geneva: "CH", genf: "CH", basel: "CH", bern: "CH", lausanne: "CH", lucerne: "CH", luzern: "CH",
  paris: "FR", lyon: "FR", marseille: "FR", amsterdam: "NL", rotterdam: "NL", brussels: "BE", antwerp: "BE",
  london: "GB", manchester: "GB", dublin: "IE", madrid: "ES", barcelona: "ES", milan: "IT", rome: "IT",
  warsaw: "PL", prague: "CZ", copenhagen: "DK", stockholm: "SE", oslo: "NO", helsinki: "FI", lisbon: "PT",
  "new york": "US", "san francisco": "US", boston: "US", toronto: "CA",
};

export interface GeoLocation {
  country: string | null;
  city?: string;
}

/** Cities go to their country (known city, or the only target country); countries without a city stand alone. */
export function geoLocationsFor(countries: readonly string[], cities: readonly string[]): GeoLocation[] {
  const placed = cities.map((city) => ({ country: countryOfCity(city, countries), city }));
  const covered = new Set(placed.map((location) => location.country));
  return [...placed, ...countries.filter((country) => !covered.has(country)).map((country) => ({ country }))];
}

function countryOfCity(city: string, countries: readonly string[]): string | null {
  const known = CITY_COUNTRIES[city.trim().toLowerCase()];
  if (known && (!countries.length || countries.includes(known))) return known;
  return countries.length === 1 ? countries[0]! : (known ?? null);
}

/** The languages to search in: those spoken in the target countries, or the output language. */
export function searchLanguagesFor(countries: readonly string[], outputLanguage: string): string[] {
  const languages = countries.flatMap((country) => COUNTRY_LANGUAGES[country] ?? ["en"]);
  return [...new Set(languages.length ? languages : [outputLanguage])];
}
