import type { Observation } from "../../types.ts";
import type { TextAddress } from "./address-text.ts";
import { foldText, rankValues } from "./rank-values.ts";
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
  const ranked = rankValues<TextAddress>(observations, "address", placeKey);
  const top = ranked[0];
  if (!top) return EMPTY;
  const withStreet = [...top.observations].sort((a, b) => b.confidence - a.confidence).map((o) => o.value as TextAddress);
  const street = withStreet.find((a) => a.street)?.street ?? null;
  const country = withStreet.find((a) => a.country)?.country ?? null;
  const value = top.value;
  return {
    street,
    postal_code: value.postal_code || null,
    city: value.city || null,
    region: value.region ?? withStreet.find((a) => a.region)?.region ?? null,
    country,
  };
}

// Same postal code means same place even when the city is spelled "Rohr" on one page and "Rohr in Niederbayern" on another.
function placeKey(a: TextAddress): string {
  return a.postal_code ? foldText(a.postal_code).replace(/ /g, "") : foldText(a.city);
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
