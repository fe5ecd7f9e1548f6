import { crawlSite } from "../crawl/crawl-site.ts";
import type { CrawlOptions, CrawlResult } from "../crawl/crawl-types.ts";
import type { Fetcher } from "../fetch/create-fetcher.ts";
import type { DnsPort } from "../fetch/types.ts";
import type { SiteExtraction } from "../types.ts";
import type { ExtractorSet } from "./extractor-set.ts";
import { lookupDnsRecords } from "./lookup-dns-records.ts";
import { mergeJobs } from "./merge-jobs.ts";
import { extractSiteFacts, type ExtractorErrorReport, type SiteFacts, type SiteFactsInput } from "./site-facts.ts";
import { siteDomain } from "./site-domain.ts";

export interface AnalyzeDeps {
  fetcher: Pick<Fetcher, "fetch" | "robotsFor" | "getText">;
  extractors: ExtractorSet;
  dns?: DnsPort;
  /** Told when one extractor fails; the analysis continues with that part empty. */
  onExtractorError?: ExtractorErrorReport;
  /**
   * Where the CPU-bound extraction runs; by default in this thread. The product passes a worker
   * pool with time budgets so one hostile page cannot freeze the process (analysis-pool.ts).
   */
  extractFacts?: (input: SiteFactsInput) => Promise<SiteFacts>;
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
  const dns = await lookupDnsRecords(deps.dns, domain);
  const extract = deps.extractFacts ?? (async (input: SiteFactsInput) => extractSiteFacts(deps.extractors, input, deps.onExtractorError));
  const facts = await extract({ pages, domain, dns });
  const atsJobs = await guardAsync(deps.onExtractorError, "fetchAtsJobs", () =>
    deps.extractors.fetchAtsJobs(pages, { getText: (url) => deps.fetcher.getText(url) }, { feedBaseUrls: options.atsFeedBaseUrls }));
  const { company, people, siteJobs, technologies, observations } = facts;
  return { domain, company, people, jobs: mergeJobs(atsJobs, siteJobs), technologies, observations };
}

async function guardAsync<T>(report: AnalyzeDeps["onExtractorError"], name: string, run: () => Promise<T[]>): Promise<T[]> {
  try {
    return await run();
  } catch (error) {
    report?.(name, error);
    return [];
  }
}
