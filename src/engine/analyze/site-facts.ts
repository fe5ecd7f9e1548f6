import type { CompanyFacts, JobFacts, Observation, Page, PersonFacts, TechDetection } from "../types.ts";
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
  const { company, observations } = guard("extractCompany", () => extractors.extractCompany(pages, { domain }), { company: emptyCompany(), observations: [] });
  const people = guard("extractPeople", () => extractors.extractPeople(pages, { domain, company }), []);
  const siteJobs = guard("extractJobs", () => extractors.extractJobs(pages, { domain }), []);
  const technologies = guard("detectTechnologies", () => extractors.detectTechnologies(pages, extractors.loadBuiltinFingerprints(), dns ? { dns } : undefined), []);
  return { company, observations, people, siteJobs, technologies };
}
