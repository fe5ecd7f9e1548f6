import { splitList, type Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { AnalyzeOutcome, EnrichmentPort } from "../core/enrichment/port.ts";
import { createPostgresPoliteness } from "../core/politeness/postgres-politeness.ts";
import { analyzeCrawl } from "../engine/analyze/index.ts";
import { AnalysisPool } from "../engine/analyze/analysis-pool.ts";
import { defaultExtractors } from "../engine/analyze/default-extractors.ts";
import { extractFactsInPool, type SkippedPage } from "../engine/analyze/extract-facts-in-pool.ts";
import { crawlSite, type CrawlDeps, type CrawlResult } from "../engine/crawl/index.ts";
import { selectFrontierLinks } from "../engine/frontier/select-frontier-links.ts";
import { createDemoFetcher } from "../engine/demo-sites/index.ts";
import { metrics } from "../metrics/instruments.ts";
import { createEmailStatusAssigner } from "./email-statuses.ts";
import { createFetcher, createNodeDnsPort, type Fetcher, type FetcherOptions } from "../engine/fetch/index.ts";

export interface EnrichmentEngineOptions {
  /** Name resolution override (tests point fixture host names at the loopback proxy). */
  resolveAll?: FetcherOptions["resolveAll"];
  /** Look up MX/TXT/NS records for technology detection (off in tests: there is no network). */
  dns?: boolean;
  maxPages?: number;
  minDelayMs?: number;
}

class AnalysisOverBudget extends Error {}

/** The engine as the enrichment pipeline sees it: live websites, or demonstration sites in test mode. */
export function createEnrichmentEngine(config: Config, db: Db, options: EnrichmentEngineOptions = {}): EnrichmentPort & { close(): Promise<void> } {
  const live = createFetcher({
    allowCidrs: splitList(config.OPENPROSPECT_ALLOW_CIDRS),
    allowPorts: splitList(config.OPENPROSPECT_ALLOW_PORTS).map(Number),
    outboundProxy: config.OPENPROSPECT_OUTBOUND_PROXY,
    contactUrl: config.OPENPROSPECT_PUBLIC_URL,
    politeness: createPostgresPoliteness(db),
    resolveAll: options.resolveAll,
    minDelayMs: options.minDelayMs ?? config.OPENPROSPECT_CRAWL_DELAY_MS,
  });
  const demo = createDemoFetcher();
  const pool = new AnalysisPool({
    threads: config.OPENPROSPECT_ANALYSIS_THREADS,
    pageBudgetMs: config.OPENPROSPECT_ANALYSIS_PAGE_BUDGET_MS,
    siteBudgetMs: config.OPENPROSPECT_ANALYSIS_SITE_BUDGET_MS,
  });
  const assignEmailStatuses = createEmailStatusAssigner(config);
  const dnsServers = splitList(config.OPENPROSPECT_DNS_SERVERS);
  const dns = options.dns === false || config.OPENPROSPECT_DNS_LOOKUPS === "off" ? undefined : createNodeDnsPort({ dnsServers: dnsServers.length ? dnsServers : undefined });
  const crawlOptions = { maxPages: options.maxPages ?? config.OPENPROSPECT_CRAWL_MAX_PAGES, maxDurationMs: config.OPENPROSPECT_CRAWL_BUDGET_MS };
  const crawl = async (url: string, deps: CrawlDeps): Promise<CrawlResult> => {
    const first = await crawlSite(url, deps, crawlOptions);
    // Small-business sites with broken or missing TLS still answer on plain http.
    return !first.pages.length && url.startsWith("https://") ? crawlSite(`http://${url.slice(8)}`, deps, crawlOptions) : first;
  };
  return {
    async analyzeWebsite(url, { testMode }): Promise<AnalyzeOutcome> {
      const fetcher: Fetcher = testMode ? demo : live;
      const started = performance.now();
      const crawled = await crawl(url, { fetcher, pageLinks: (page) => pool.pageLinks(page) });
      metrics.crawlPages.inc({ outcome: "fetched" }, crawled.pages.length);
      metrics.crawlPages.inc({ outcome: "failed" }, crawled.failures.length);
      if (!crawled.pages.length) {
        const first = crawled.failures[0];
        const reason = first ? `${first.reason}: ${first.detail ?? ""}`.trim() : "no page could be fetched";
        return first?.reason === "analysis_over_budget" ? { kind: "failed", reason: `Website ${url} could not be analysed: ${reason}` } : { kind: "unreachable", reason };
      }
      // The site's own host (after redirects), not its registrable domain: a company site on a
      // subdomain (team.example.org) is told apart from its parent, as the extractors expect.
      const domain = new URL(crawled.pages[0].url).hostname.toLowerCase().replace(/^www\./, "");
      const skipped: SkippedPage[] = crawled.failures.filter((f) => f.reason === "analysis_over_budget").map((f) => ({ url: f.url, reason: f.detail }));
      const extractFacts = async (input: Parameters<typeof extractFactsInPool>[1]) => {
        const pooled = await extractFactsInPool(pool, input);
        if (!pooled.ok) throw new AnalysisOverBudget(pooled.reason);
        skipped.push(...pooled.skippedPages);
        return pooled.facts;
      };
      let extraction;
      try {
        extraction = await analyzeCrawl(crawled, { fetcher, extractors: defaultExtractors, dns: testMode ? undefined : dns, extractFacts }, { domain });
      } catch (error) {
        if (error instanceof AnalysisOverBudget) return { kind: "failed", reason: `Website ${url} could not be analysed: ${error.message}` };
        throw error;
      }
      if (dns && !testMode) extraction.people = await assignEmailStatuses(extraction.people);
      metrics.extractionSeconds.observe({}, (performance.now() - started) / 1000);
      const leads = selectFrontierLinks(crawled.outbound ?? [], crawled.pages[0].url);
      return { kind: "analyzed", extraction, pagesFetched: crawled.pages.length, note: skippedNote(skipped), leads };
    },
    async close() {
      await live.close();
      await pool.close();
    },
  };
}

function skippedNote(skipped: SkippedPage[]): string | undefined {
  if (!skipped.length) return undefined;
  const list = skipped.slice(0, 3).map((page) => `${page.url} (${page.reason})`).join(", ");
  return `Pages left out of the analysis: ${list}${skipped.length > 3 ? ` and ${skipped.length - 3} more` : ""}`.slice(0, 500);
}
