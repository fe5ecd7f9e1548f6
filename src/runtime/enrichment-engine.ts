import { splitList, type Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { EnrichmentPort } from "../core/enrichment/port.ts";
import { createPostgresPoliteness } from "../core/politeness/postgres-politeness.ts";
import { analyzeCrawl } from "../engine/analyze/index.ts";
import { defaultExtractors } from "../engine/analyze/default-extractors.ts";
import { crawlSite } from "../engine/crawl/index.ts";
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

/** The engine as the enrichment pipeline sees it: live websites, or demonstration sites in test mode. */
export function createEnrichmentEngine(config: Config, db: Db, options: EnrichmentEngineOptions = {}): EnrichmentPort & { close(): Promise<void> } {
  const live = createFetcher({
    allowCidrs: splitList(config.OPENPROSPECT_ALLOW_CIDRS),
    outboundProxy: config.OPENPROSPECT_OUTBOUND_PROXY,
    contactUrl: config.OPENPROSPECT_PUBLIC_URL,
    politeness: createPostgresPoliteness(db),
    resolveAll: options.resolveAll,
    minDelayMs: options.minDelayMs ?? config.OPENPROSPECT_CRAWL_DELAY_MS,
  });
  const demo = createDemoFetcher();
  const assignEmailStatuses = createEmailStatusAssigner(config);
  const dnsServers = splitList(config.OPENPROSPECT_DNS_SERVERS);
  const dns = options.dns === false || config.OPENPROSPECT_DNS_LOOKUPS === "off" ? undefined : createNodeDnsPort({ dnsServers: dnsServers.length ? dnsServers : undefined });
  return {
    async analyzeWebsite(url, { testMode }) {
      const fetcher: Fetcher = testMode ? demo : live;
      const started = performance.now();
      const crawlOptions = { maxPages: options.maxPages ?? config.OPENPROSPECT_CRAWL_MAX_PAGES };
      let crawl = await crawlSite(url, { fetcher }, crawlOptions);
      // Small-business sites with broken or missing TLS still answer on plain http.
      if (!crawl.pages.length && url.startsWith("https://")) crawl = await crawlSite(`http://${url.slice(8)}`, { fetcher }, crawlOptions);
      metrics.crawlPages.inc({ outcome: "fetched" }, crawl.pages.length);
      metrics.crawlPages.inc({ outcome: "failed" }, crawl.failures.length);
      if (!crawl.pages.length) {
        const first = crawl.failures[0];
        return { kind: "unreachable", reason: first ? `${first.reason}: ${first.detail ?? ""}`.trim() : "no page could be fetched" };
      }
      // The site's own host (after redirects), not its registrable domain: a company site on a
      // subdomain (team.example.org) is told apart from its parent, as the extractors expect.
      const domain = new URL(crawl.pages[0].url).hostname.toLowerCase().replace(/^www\./, "");
      const extraction = await analyzeCrawl(crawl, { fetcher, extractors: defaultExtractors, dns: testMode ? undefined : dns }, { domain });
      if (dns && !testMode) extraction.people = await assignEmailStatuses(extraction.people);
      metrics.extractionSeconds.observe({}, (performance.now() - started) / 1000);
      return { kind: "analyzed", extraction, pagesFetched: crawl.pages.length };
    },
    close: () => live.close(),
  };
}
