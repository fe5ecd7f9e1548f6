import { splitList, type Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { EnrichmentPort } from "../core/enrichment/port.ts";
import type { WebhookSender } from "../core/webhooks/sender.ts";
import { createWebhookPoster } from "../engine/deliver/post-webhook.ts";
import { createFetcher, resolveWithSystemDns, withStaticHosts, type Fetcher, type FetcherOptions } from "../engine/fetch/index.ts";
import { createSearxngSearch } from "../engine/search/searxng-search.ts";
import type { WebSearchPort } from "../core/discovery/web-search-port.ts";
import { createEnrichmentEngine, type EnrichmentEngineOptions } from "./enrichment-engine.ts";

export interface WorkerPorts {
  enrichment: EnrichmentPort;
  webSearch?: WebSearchPort;
  webhookSender: WebhookSender;
  close(): Promise<void>;
}

/** The outbound side of a worker: the crawling engine and the webhook client, both SSRF-guarded. */
export function createWorkerPorts(config: Config, db: Db, engineOptions: EnrichmentEngineOptions = {}): WorkerPorts {
  const resolveAll = engineOptions.resolveAll ?? withStaticHosts(splitList(config.OPENPROSPECT_STATIC_HOSTS), resolveWithSystemDns);
  const enrichment = createEnrichmentEngine(config, db, { ...engineOptions, resolveAll });
  // Customers choose webhook URLs and can read the response excerpts: their allow-list is separate
  // from the crawler's, so opening an internal range for crawling never opens it to webhooks.
  const poster = createWebhookPoster({
    allowCidrs: splitList(config.OPENPROSPECT_WEBHOOK_ALLOW_CIDRS),
    resolveAll,
    totalTimeoutMs: config.OPENPROSPECT_WEBHOOK_TIMEOUT_MS,
  });
  const search = createWebSearch(config, resolveAll);
  return {
    enrichment,
    webhookSender: poster,
    webSearch: search?.port,
    async close() {
      await search?.fetcher.close();
      await enrichment.close();
      await poster.close();
    },
  };
}

/** The configured search endpoint behind the SSRF guard (operator allow-list, its own port admitted), or none. */
function createWebSearch(config: Config, resolveAll: FetcherOptions["resolveAll"]): { port: WebSearchPort; fetcher: Fetcher } | null {
  if (!config.OPENPROSPECT_SEARCH_URL) return null;
  const url = new URL(config.OPENPROSPECT_SEARCH_URL);
  const fetcher = createFetcher({
    allowCidrs: splitList(config.OPENPROSPECT_ALLOW_CIDRS),
    allowPorts: url.port ? [Number(url.port)] : [],
    resolveAll,
    // The operator's own service: no robots.txt, no politeness delay between an order's few queries.
    respectRobots: false,
    minDelayMs: 0,
    totalTimeoutMs: 20_000,
  });
  return { port: createSearxngSearch(config.OPENPROSPECT_SEARCH_URL, fetcher), fetcher };
}
