import type { CompanyFacts, IndustryFacts, JobFacts, Observation, Page, PersonFacts, TechDetection } from "../types.ts";

export interface DnsRecords {
  mx: string[];
  txt: string[];
  ns: string[];
}

/**
 * The extractors analyzeSite runs, injectable so it can be tested with fakes. Method syntax keeps
 * parameter checks bivariant, so the tech extractor's own FingerprintSet type fits `unknown` here.
 */
export interface ExtractorSet {
  extractCompany(pages: Page[], context: { domain: string | null }): { company: CompanyFacts; observations: Observation[] };
  extractPeople(pages: Page[], context: { domain: string | null; company: CompanyFacts }): PersonFacts[];
  extractJobs(pages: Page[], context: { domain: string | null }): JobFacts[];
  fetchAtsJobs(
    pages: Page[],
    fetcher: { getText(url: string): Promise<string | null> },
    options: { feedBaseUrls?: Record<string, string> },
  ): Promise<JobFacts[]>;
  loadBuiltinFingerprints(): unknown;
  detectTechnologies(pages: Page[], set: unknown, extras?: { dns?: DnsRecords }): TechDetection[];
  /** Optional so fakes in tests need not classify; the default set always does. */
  classifyIndustry?(input: { pages: Page[]; legalForm?: string | null }): IndustryFacts | null;
}

export function emptyCompany(): CompanyFacts {
  return {
    name: null, legal_name: null, legal_form: null, street: null, postal_code: null, city: null, region: null,
    country: null, phones: [], fax: null, emails: [], vat_id: null, register: null, founded: null, socials: [],
    description: null, business_type: null, description_keywords: [],
  };
}
