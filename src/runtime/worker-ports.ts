import { splitList, type Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { EnrichmentPort } from "../core/enrichment/port.ts";
import type { WebhookSender } from "../core/webhooks/sender.ts";
import { createWebhookPoster } from "../engine/deliver/post-webhook.ts";
import { resolveWithSystemDns, withStaticHosts } from "../engine/fetch/index.ts";
import { createEnrichmentEngine, type EnrichmentEngineOptions } from "./enrichment-engine.ts";

export interface WorkerPorts {
  enrichment: EnrichmentPort;
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
  return {
    enrichment,
    webhookSender: poster,
    async close() {
      await enrichment.close();
      await poster.close();
    },
  };
}
