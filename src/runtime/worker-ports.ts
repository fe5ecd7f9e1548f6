import { splitList, type Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import type { EnrichmentPort } from "../core/enrichment/port.ts";
import type { WebhookSender } from "../core/webhooks/sender.ts";
import { createWebhookPoster } from "../engine/deliver/post-webhook.ts";
import { createEnrichmentEngine, type EnrichmentEngineOptions } from "./enrichment-engine.ts";

export interface WorkerPorts {
  enrichment: EnrichmentPort;
  webhookSender: WebhookSender;
  close(): Promise<void>;
}

/** The outbound side of a worker: the crawling engine and the webhook client, both SSRF-guarded. */
export function createWorkerPorts(config: Config, db: Db, engineOptions: EnrichmentEngineOptions = {}): WorkerPorts {
  const enrichment = createEnrichmentEngine(config, db, engineOptions);
  const poster = createWebhookPoster({ allowCidrs: splitList(config.OPENPROSPECT_ALLOW_CIDRS), resolveAll: engineOptions.resolveAll });
  return {
    enrichment,
    webhookSender: poster,
    async close() {
      await enrichment.close();
      await poster.close();
    },
  };
}
