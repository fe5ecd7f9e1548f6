import type { CompanyFacts, Observation, Page } from "../../types.ts";
import { parsePage, type ParsedPage } from "./parse-page.ts";
import { extractEmailObservations } from "./email-observations.ts";
import { extractPhoneObservations } from "./phone-observations.ts";
import { extractJsonLdObservations } from "./json-ld-observations.ts";
import { extractAddressObservations } from "./address-observations.ts";
import { extractLegalNameObservations } from "./legal-name-observations.ts";
import { extractRegisterObservations } from "./register-observations.ts";
import { extractLabelledFieldObservations } from "./labelled-field-observations.ts";
import { extractFoundedObservations } from "./founded-observations.ts";
import { extractSocialObservations } from "./social-observations.ts";
import { extractMetaObservations } from "./meta-observations.ts";
import { resolveAddress, resolveCountry } from "./resolve-address.ts";
import { resolveCompany } from "./resolve-company.ts";
import { resolveFactSources } from "./fact-sources.ts";
import { guessLanguage } from "./guess-language.ts";
import { countryFromDomain, countryFromLanguage } from "./country-guess.ts";

/**
 * Company firmographics and legal facts of one website, with every observation behind them.
 * Observation fields: name, legal_name, operator_name, legal_form, address ({street, postal_code, city,
 * region, country}), phone, fax, email, vat_id, register ({court, number}), founded, social, description,
 * keyword, business_type, and the naming evidence site_name, title, logo_alt, brand_text, application_name, heading.
 */
export function extractCompany(pages: Page[], context: { domain: string | null }): { company: CompanyFacts; observations: Observation[] } {
  const docs = pages.filter((p) => p.status < 400 && /html|^$/i.test(p.contentType)).map(parsePage);
  const lang = siteLanguage(docs);
  const guessed = countryFromDomain(context.domain) ?? countryFromLanguage(lang) ?? defaultForLanguage(lang);
  const observations = docs.flatMap((doc) => [
    ...extractJsonLdObservations(doc, guessed),
    ...extractMetaObservations(doc),
    ...extractAddressObservations(doc),
    ...extractLegalNameObservations(doc),
    ...extractRegisterObservations(doc),
    ...extractLabelledFieldObservations(doc),
    ...extractFoundedObservations(doc),
    ...extractSocialObservations(doc),
    ...extractEmailObservations(doc),
  ]);
  // Phone numbers without a country code need the country, which only the address and domain tell.
  const phoneCountry = resolveCountry(resolveAddress(observations), context.domain, lang, null) ?? defaultForLanguage(lang);
  for (const doc of docs) {
    observations.push(...extractPhoneObservations(doc, phoneCountry));
  }
  const resolved = resolveCompany(observations, { domain: context.domain, lang, pageCount: docs.length });
  const siteUrl = docs.find((d) => d.kind === "home")?.url ?? docs[0]?.url ?? (context.domain ? `https://${context.domain}/` : "");
  const company = { ...resolved, sources: resolveFactSources(observations, resolved, { domain: context.domain, siteUrl }) };
  return { company, observations };
}

function siteLanguage(docs: ParsedPage[]): string | null {
  const home = docs.find((d) => d.kind === "home" && d.lang);
  const declared = home?.lang ?? docs.find((d) => d.lang)?.lang ?? null;
  return declared ?? guessLanguage(docs.flatMap((d) => d.lines).join(" "));
}

// German-language sites without a ccTLD or address are overwhelmingly German; English ones are not decidable.
function defaultForLanguage(lang: string | null): string | null {
  return lang?.startsWith("de") ? "DE" : null;
}
