import { crawlSite } from "../crawl/crawl-site.ts";
import type { CrawlOptions, CrawlResult } from "../crawl/crawl-types.ts";
import type { Fetcher } from "../fetch/create-fetcher.ts";
import type { DnsPort } from "../fetch/types.ts";
import type { IndustryFacts, Observation, Page, SiteExtraction } from "../types.ts";
import { emptyCompany, type ExtractorSet } from "./extractor-set.ts";
import { lookupDnsRecords } from "./lookup-dns-records.ts";
import { mergeJobs } from "./merge-jobs.ts";
import { siteDomain } from "./site-domain.ts";

export interface AnalyzeDeps {
  fetcher: Pick<Fetcher, "fetch" | "robotsFor" | "getText">;
  extractors: ExtractorSet;
  dns?: DnsPort;
  /** Told when one extractor fails; the analysis continues with that part empty. */
  onExtractorError?: (extractor: string, error: unknown) => void;
}

export interface AnalyzeOptions extends CrawlOptions {
  /** The company's domain when known better than the crawled host (e.g. from the order). */
  domain?: string | null;
  /** ATS feed base URLs by vendor, e.g. to point the jobs extractor at a local feed server. */
  atsFeedBaseUrls?: Record<string, string>;
}

/** Crawl a site and run every extractor over its pages. */
export async function analyzeSite(start: string, deps: AnalyzeDeps, options: AnalyzeOptions = {}): Promise<SiteExtraction> {
  return analyzeCrawl(await crawlSite(start, deps, options), deps, options);
}

/** The extraction half of analyzeSite, for callers that also want the crawl result itself. */
export async function analyzeCrawl(crawl: CrawlResult, deps: AnalyzeDeps, options: AnalyzeOptions = {}): Promise<SiteExtraction> {
  const pages = crawl.pages;
  const domain = options.domain !== undefined ? options.domain : siteDomain(pages[0]?.url);
  const guard = guardWith(deps.onExtractorError);
  const extracted = guard("extractCompany", () => deps.extractors.extractCompany(pages, { domain }), { company: emptyCompany(), observations: [] });
  const industry = guard("classifyIndustry", () => deps.extractors.classifyIndustry?.({ pages, legalForm: extracted.company.legal_form }) ?? null, null);
  const company = industry ? { ...extracted.company, industry } : extracted.company;
  const observations = industry ? [...extracted.observations, ...industryObservations(industry)] : extracted.observations;
  const people = guard("extractPeople", () => deps.extractors.extractPeople(pages, { domain, company }), []);
  const siteJobs = guard("extractJobs", () => deps.extractors.extractJobs(pages, { domain }), []);
  const atsJobs = await guardAsync(deps.onExtractorError, "fetchAtsJobs", () =>
    deps.extractors.fetchAtsJobs(pages, { getText: (url) => deps.fetcher.getText(url) }, { feedBaseUrls: options.atsFeedBaseUrls }));
  const dns = await lookupDnsRecords(deps.dns, domain);
  const technologies = guard("detectTechnologies", () => detectTech(deps.extractors, pages, dns), []);
  return { domain, company, people, jobs: mergeJobs(atsJobs, siteJobs), technologies, observations };
}

// Each piece of evidence is kept as a raw observation, so the API can say where the industry was read.
function industryObservations(industry: IndustryFacts): Observation[] {
  const value = { nace_section: industry.nace_section, nace_division: industry.nace_division };
  return industry.evidence.map((e) => ({ field: "industry", value, sourceUrl: e.source_url, method: e.method, confidence: industry.confidence }));
}

function detectTech(extractors: ExtractorSet, pages: Page[], dns: Awaited<ReturnType<typeof lookupDnsRecords>>) {
  return extractors.detectTechnologies(pages, extractors.loadBuiltinFingerprints(), dns ? { dns } : undefined);
}

function guardWith(report: AnalyzeDeps["onExtractorError"]) {
  return <T>(name: string, run: () => T, fallback: T): T => {
    try {
      return run();
    } catch (error) {
      report?.(name, error);
      return fallback;
    }
  };
}

async function guardAsync<T>(report: AnalyzeDeps["onExtractorError"], name: string, run: () => Promise<T[]>): Promise<T[]> {
  try {
    return await run();
  } catch (error) {
    report?.(name, error);
    return [];
  }
}
