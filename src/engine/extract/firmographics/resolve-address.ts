import type { Observation, Provenance } from "../../types.ts";
import type { TextAddress } from "./address-text.ts";
import { foldText } from "../../text/fold.ts";
import { rankValues, strongestOf } from "./rank-values.ts";
import { countryFromDomain, countryFromLanguage } from "./country-guess.ts";

export interface ResolvedAddress {
  street: string | null;
  postal_code: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
}

const EMPTY: ResolvedAddress = { street: null, postal_code: null, city: null, region: null, country: null };

/** The company's main address: the best-supported place, with its street taken from the same place. */
export function resolveAddress(observations: Observation[]): ResolvedAddress {
  return chooseAddress(observations).address;
}

/** The main address with the observation it was read from: the strongest one of the place that states its street. */
export function chooseAddress(observations: Observation[]): { address: ResolvedAddress; source: Provenance | null } {
  const ranked = rankValues<TextAddress>(observations, "address", placeKey);
  if (!ranked[0]) return { address: EMPTY, source: null };
  const top = majorityTypo(ranked);
  const strongest = Math.max(...top.observations.map((o) => o.confidence));
  const byStrength = [...top.observations].sort((a, b) => b.confidence - a.confidence);
  const withStreet = byStrength.map((o) => o.value as TextAddress);
  const sourceObservation = byStrength.find((o) => (o.value as TextAddress).street) ?? byStrength[0];
  // "Rohr" in the header, "Rohr in Niederbayern" in the imprint: the fuller spelling of the strong sources.
  const city = top.observations
    .filter((o) => o.confidence >= strongest - 0.2)
    .map((o) => (o.value as TextAddress).city)
    .sort((a, b) => b.length - a.length)[0];
  const street = withStreet.find((a) => a.street)?.street ?? null;
  const country = withStreet.find((a) => a.country)?.country ?? null;
  const value = top.value;
  const address = {
    street,
    postal_code: value.postal_code || null,
    city: city || value.city || null,
    region: value.region ?? withStreet.find((a) => a.region)?.region ?? null,
    country,
  };
  return { address, source: strongestOf([sourceObservation]) };
}

// Same postal code and first city word mean the same place: "Rohr" and "Rohr in Niederbayern" are one.
function placeKey(a: TextAddress): string {
  return `${foldText(a.postal_code).replace(/ /g, "")}|${foldText(a.city).split(" ")[0] ?? ""}`;
}

// A postal-code typo on one page ("02526" vs "02625" for the same street and city) loses to the spelling most pages use.
function majorityTypo<T extends { value: TextAddress; pages: number }>(ranked: T[]): T {
  const top = ranked[0];
  const sameStreet = ranked.filter((r) => foldText(r.value.city) === foldText(top.value.city) && r.value.street && top.value.street && foldText(r.value.street) === foldText(top.value.street));
  return sameStreet.reduce((a, b) => (b.pages > a.pages ? b : a), top);
}

/** Country: stated with the address, else the domain's ccTLD, else the postal-code shape with the site language. */
export function resolveCountry(address: ResolvedAddress, domain: string | null, lang: string | null, phoneCountry: string | null): string | null {
  if (address.country) return address.country;
  const fromDomain = countryFromDomain(domain);
  if (fromDomain) return fromDomain;
  const fromLang = countryFromLanguage(lang);
  if (address.postal_code && /^\d{5}$/.test(address.postal_code) && fromLang && fromLang !== "US") return fromLang;
  return phoneCountry ?? (address.postal_code ? fromLang : null);
}
