import type { CompanyFacts, Observation } from "../../types.ts";
import { best, rankValues } from "./rank-values.ts";
import { resolveAddress, resolveCountry } from "./resolve-address.ts";
import { resolveEmails, resolveFax, resolvePhones } from "./resolve-contact.ts";
import { resolveLegalForm, resolveLegalName, resolveRegister } from "./resolve-legal.ts";
import { resolveTradingName } from "./trading-name.ts";
import { resolveSocials } from "./resolve-socials.ts";
import { resolveKeywords } from "./resolve-keywords.ts";
import { countryFromPhone } from "./country-guess.ts";

export interface ResolveContext {
  domain: string | null;
  lang: string | null;
  pageCount: number;
}

/** Picks every company field from the observations of all pages of one site. */
export function resolveCompany(observations: Observation[], context: ResolveContext): CompanyFacts {
  const address = resolveAddress(observations);
  const fax = resolveFax(observations);
  const phones = resolvePhones(observations, fax);
  const name = resolveTradingName(observations, context.domain);
  const legalName = resolveLegalName(observations, name, context.domain);
  const legalForm = resolveLegalForm(observations, legalName);
  const country = resolveCountry(address, context.domain, context.lang, phones[0] ? countryFromPhone(phones[0]) : null);
  return {
    name,
    legal_name: legalName,
    legal_form: legalForm,
    street: address.street,
    postal_code: address.postal_code,
    city: address.city,
    region: address.region,
    country,
    phones,
    fax,
    emails: resolveEmails(observations, context.domain),
    vat_id: best<string>(observations, "vat_id", (v) => v.replace(/\W/g, "")),
    register: resolveRegister(observations, legalForm),
    founded: resolveFounded(observations),
    socials: resolveSocials(observations),
    description: best<string>(observations.filter((o) => o.field !== "description" || String(o.value).length >= 20), "description"),
    business_type: best<string>(observations, "business_type"),
    description_keywords: resolveKeywords(observations, name),
  };
}

// Schema.org foundingDate first; otherwise the earliest explicit founding statement.
function resolveFounded(observations: Observation[]): number | null {
  const fromJsonLd = observations.find((o) => o.field === "founded" && o.method === "json_ld");
  if (fromJsonLd) return Number(fromJsonLd.value);
  const ranked = rankValues<number>(observations, "founded");
  const strongest = Math.max(...ranked.map((r) => r.score), 0);
  const candidates = ranked.filter((r) => r.score >= strongest - 0.05).map((r) => r.value);
  return candidates.length ? Math.min(...candidates) : null;
}
