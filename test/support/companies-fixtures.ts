import type { Db } from "../../src/db/database.ts";
import type { Tenant } from "../../src/core/context.ts";
import { linkCompanyToSearch, type SearchLinkOptions } from "../../src/core/companies/link-to-search.ts";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { recordDelivery } from "../../src/core/deliveries/record.ts";
import { newId } from "../../src/core/ids.ts";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import type { CompanyFacts, JobFacts, PersonFacts, SiteExtraction, TechDetection } from "../../src/engine/types.ts";
import type { TestTenant } from "./fixtures.ts";

export function tenantOf(owner: TestTenant, testMode = false): Tenant {
  return { organizationId: owner.organizationId, testMode };
}

/** Prospect searches are created by another part of the API; tests insert them directly. */
export async function createProspectSearch(db: Db, tenant: Tenant, name = "Test search"): Promise<string> {
  const id = newId();
  await db.insertInto("prospect_searches").values({ id, organization_id: tenant.organizationId, test_mode: tenant.testMode, name }).execute();
  return id;
}

const EMPTY_FACTS: CompanyFacts = {
  name: null, legal_name: null, legal_form: null, street: null, postal_code: null, city: null, region: null, country: null,
  phones: [], fax: null, emails: [], vat_id: null, register: null, founded: null, socials: [], description: null,
  business_type: null, description_keywords: [],
};

export function person(name: string, extra: Partial<PersonFacts> = {}): PersonFacts {
  const [first, ...rest] = name.split(" ");
  return {
    name, first_name: first, last_name: rest.join(" ") || null, role: "Geschäftsführer", role_class: "managing_director",
    department: null, email: null, email_method: null, email_confidence: null, email_status: null, phone: null, linkedin_url: null,
    provenance: { sourceUrl: "https://example.test/impressum", method: "imprint_text", confidence: 0.9 },
    ...extra,
  };
}

export function job(title: string, extra: Partial<JobFacts> = {}): JobFacts {
  return {
    title, location: "Berlin", employment_type: "FULL_TIME", department: "Engineering", url: null, source: "json_ld", ats: null,
    posted_at: null, provenance: { sourceUrl: "https://example.test/jobs", method: "json_ld", confidence: 0.9 }, ...extra,
  };
}

export function tech(slug: string, extra: Partial<TechDetection> = {}): TechDetection {
  return { name: slug, slug, categories: ["CMS"], version: null, confidence: 100, evidence: [{ type: "meta", value: "generator", url: "https://example.test/" }], ...extra };
}

/** A site extraction whose facts each carry their source and one raw observation on the imprint page, as the engine hands them over. */
export function extraction(domain: string, facts: Partial<CompanyFacts>, more: Partial<SiteExtraction> = {}, confidence = 0.9): SiteExtraction {
  const url = `https://${domain}/impressum`;
  const sources = Object.fromEntries(Object.keys(facts).map((field) => [field, { sourceUrl: url, method: "imprint_text" as const, confidence }]));
  const company = { ...EMPTY_FACTS, sources, ...facts };
  const observations = Object.entries(facts).flatMap(([field, value]) =>
    value === null || (Array.isArray(value) && !value.length) ? [] : [{ field: rawField(field), value, sourceUrl: url, method: "imprint_text" as const, confidence }],
  );
  return { domain, company, people: [], jobs: [], technologies: [], observations, ...more };
}

function rawField(field: string): string {
  return ({ phones: "phone", emails: "email", socials: "social", description_keywords: "keyword", street: "address", city: "address", postal_code: "address", country: "address", region: "address" } as Record<string, string>)[field] ?? field;
}

/** Crawl → link to a search → deliver: what the pipeline does for one qualified company. */
export async function deliverCompany(
  db: Db,
  tenant: Tenant,
  searchId: string,
  site: SiteExtraction,
  link: SearchLinkOptions = {},
): Promise<string> {
  const { companyId } = await recordSiteExtraction(db, { testMode: tenant.testMode, extraction: site, websiteUrl: `https://${site.domain}/`, crawledAt: new Date().toISOString() });
  await linkCompanyToSearch(db, tenant, searchId, companyId, link);
  await recordDelivery(db, tenant, { prospectSearchId: searchId, companyId, orderId: null });
  return companyId;
}

/** Suites that make many calls with one key lift its organization out of the free tier's burst limit. */
export async function raiseRateLimit(db: Db, organizationId: string): Promise<void> {
  await updateOrganization(db, organizationId, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
}
