import type { CompanyFacts, IndustryFacts, JobFacts, Observation, Page, PersonFacts, TechDetection } from "../types.ts";
import { releasePageDocuments } from "../parse/release-page-documents.ts";
import { emptyCompany, type DnsRecords, type ExtractorSet } from "./extractor-set.ts";

/** What the CPU-bound extractors find on a site's pages (no I/O), so it can run on a worker thread. */
export interface SiteFacts {
  company: CompanyFacts;
  observations: Observation[];
  people: PersonFacts[];
  siteJobs: JobFacts[];
  technologies: TechDetection[];
}

export interface SiteFactsInput {
  pages: Page[];
  domain: string | null;
  dns?: DnsRecords;
}

export type ExtractorErrorReport = (extractor: string, error: unknown) => void;

/** Runs every page extractor; one that throws leaves its part empty and is reported. */
export function extractSiteFacts(extractors: ExtractorSet, input: SiteFactsInput, report?: ExtractorErrorReport): SiteFacts {
  const { pages, domain, dns } = input;
  const guard = <T>(name: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (error) {
      report?.(name, error);
      return fallback;
    }
  };
  const extracted = guard("extractCompany", () => extractors.extractCompany(pages, { domain }), { company: emptyCompany(), observations: [] });
  const industry = guard("classifyIndustry", () => extractors.classifyIndustry?.({ pages, legalForm: extracted.company.legal_form }) ?? null, null);
  const company = industry ? withIndustry(extracted.company, industry) : extracted.company;
  const observations = industry ? [...extracted.observations, ...industryObservations(industry)] : extracted.observations;
  const people = guard("extractPeople", () => extractors.extractPeople(pages, { domain, company }), []);
  const siteJobs = guard("extractJobs", () => extractors.extractJobs(pages, { domain }), []);
  const technologies = guard("detectTechnologies", () => extractors.detectTechnologies(pages, extractors.loadBuiltinFingerprints(), dns ? { dns } : undefined), []);
  // The extractors shared one parsed document per page; the caller keeps the pages, not their documents.
  releasePageDocuments(pages);
  return { company, observations, people, siteJobs, technologies };
}

// The industry is classified after the company's other facts; its source is its strongest evidence.
function withIndustry(company: CompanyFacts, industry: IndustryFacts): CompanyFacts {
  const evidence = industry.evidence[0];
  const source = evidence ? { sourceUrl: evidence.source_url, method: evidence.method, confidence: industry.confidence } : undefined;
  return { ...company, industry, sources: source ? { ...company.sources, industry: source } : company.sources };
}

// Each piece of evidence is kept as a raw observation, so the API can say where the industry was read.
function industryObservations(industry: IndustryFacts): Observation[] {
  const value = { nace_section: industry.nace_section, nace_division: industry.nace_division };
  return industry.evidence.map((e) => ({ field: "industry", value, sourceUrl: e.source_url, method: e.method, confidence: industry.confidence }));
}
