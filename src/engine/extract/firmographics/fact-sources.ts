import type { CompanyFacts, CompanyFactSources, Observation, Provenance } from "../../types.ts";
import { foldText } from "../../text/fold.ts";
import { bestWithSource, strongestOf, type RankedValue } from "./rank-values.ts";
import { chooseAddress } from "./resolve-address.ts";
import { chooseEmails, chooseFax, choosePhones } from "./resolve-contact.ts";
import { chooseLegalForm, chooseLegalName, chooseRegister } from "./resolve-legal.ts";
import { chooseSocials } from "./resolve-socials.ts";

export interface FactSourceContext {
  domain: string | null;
  /** The site's entry page: the source of facts derived from the site as a whole (a country from its domain). */
  siteUrl: string;
}

// Fields whose wording can carry the trading name, strongest evidence kind first on equal confidence.
const NAME_EVIDENCE = ["name", "site_name", "application_name", "logo_alt", "title", "heading", "brand_text", "legal_name", "operator_name"];

/**
 * Where each resolved company fact was read, asked of the same resolvers that chose the values, so
 * downstream storage never has to find a fact's source by comparing texts.
 */
export function resolveFactSources(observations: Observation[], company: CompanyFacts, context: FactSourceContext): CompanyFactSources {
  const sources: CompanyFactSources = {};
  const set = (field: keyof CompanyFactSources, source: Provenance | null | undefined) => {
    if (source && company[field] !== null && company[field] !== undefined) sources[field] = source;
  };
  set("name", nameSource(observations, company.name, context.siteUrl));
  const legalName = chooseLegalName(observations, company.name, context.domain);
  set("legal_name", legalName?.source);
  set("legal_form", chooseLegalForm(observations, legalName)?.source);
  set("register", chooseRegister(observations, company.legal_form)?.source);
  set("vat_id", bestWithSource<string>(observations, "vat_id", (v) => v.replace(/\W/g, ""))?.source);
  const address = chooseAddress(observations);
  for (const field of ["street", "postal_code", "city", "region"] as const) set(field, address.source);
  set("country", address.address.country ? address.source : inferred(context.siteUrl));
  const fax = chooseFax(observations);
  set("fax", firstSource(fax ? [fax] : []));
  if (company.phones.length) set("phones", firstSource(choosePhones(observations, fax?.value ?? null)));
  if (company.emails.length) set("emails", firstSource(chooseEmails(observations, context.domain)));
  if (company.socials.length) set("socials", firstSource(chooseSocials(observations)));
  set("founded", foundedSource(observations, company.founded));
  set("description", bestWithSource<string>(observations.filter((o) => o.field !== "description" || String(o.value).length >= 20), "description")?.source);
  set("business_type", bestWithSource<string>(observations, "business_type")?.source);
  if (company.description_keywords.length) set("description_keywords", keywordSource(observations, company.description_keywords[0]));
  return sources;
}

function firstSource(ranked: Array<RankedValue<unknown>>): Provenance | null {
  return ranked[0] ? strongestOf(ranked[0].observations) : null;
}

function inferred(siteUrl: string): Provenance {
  return { sourceUrl: siteUrl, method: "inferred", confidence: 0.5 };
}

// The trading name is voted from parts of titles, logos and legal names (trading-name.ts); its source is the
// strongest piece of naming evidence that spells it, else the site itself.
function nameSource(observations: Observation[], name: string | null, siteUrl: string): Provenance | null {
  if (!name) return null;
  const key = foldText(name);
  const spelling = observations.filter((o) => NAME_EVIDENCE.includes(o.field) && typeof o.value === "string" && ` ${foldText(o.value)} `.includes(` ${key} `));
  const exact = spelling.filter((o) => foldText(String(o.value)) === key);
  return strongestOf(exact.length ? exact : spelling) ?? inferred(siteUrl);
}

// resolve-company.ts takes a JSON-LD foundingDate first, otherwise the earliest strong statement.
function foundedSource(observations: Observation[], founded: number | null): Provenance | null {
  if (founded === null) return null;
  const stating = observations.filter((o) => o.field === "founded" && Number(o.value) === founded);
  return strongestOf(stating.filter((o) => o.method === "json_ld")) ?? strongestOf(stating);
}

// Declared keywords (meta keywords, JSON-LD) are their own source; words taken from the home page's
// description or title have that text as their source.
function keywordSource(observations: Observation[], first: string): Provenance | null {
  const declared = observations.filter((o) => o.field === "keyword" && foldText(String(o.value)) === foldText(first));
  const describing = observations.filter((o) => (o.field === "description" || o.field === "title" || o.field === "heading") && String(o.value).includes(first));
  return strongestOf(declared) ?? strongestOf(describing);
}
