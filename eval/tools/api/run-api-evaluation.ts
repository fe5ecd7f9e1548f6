import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SIMULATED_ADDRESS } from "../eval-fetcher.ts";
import { mountsOf, readCorpusSites, type CorpusSite } from "../read-corpus-sites.ts";
import { startStaticSitesProxy } from "../static-sites-proxy.ts";
import type { ApiClient } from "./api-client.ts";
import { apiToLabelPrediction } from "./api-to-label-prediction.ts";
import { placeEnrichmentOrder } from "./place-enrichment-order.ts";
import { readCompanyViaApi } from "./read-company-via-api.ts";
import { startApiEvalApp } from "./start-api-eval-app.ts";
import { waitForOrder } from "./wait-for-order.ts";

export interface ApiEvaluationOptions {
  corpusDir: string;
  outDir: string;
  siteIds?: string[];
  /** Enrichment jobs the workers run at once. */
  concurrency?: number;
  maxPages?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface ApiSiteResult {
  id: string;
  status: string;
  reason: string | null;
}

/**
 * The evaluation through the product's public API: one ENRICHMENT order for every corpus site,
 * fulfilled by the product's own workers, read back per company and written as OUT/<id>.json.
 */
export async function runApiEvaluation(options: ApiEvaluationOptions): Promise<ApiSiteResult[]> {
  const sites = readCorpusSites(options.corpusDir, options.siteIds ?? []);
  const proxy = await startStaticSitesProxy();
  for (const site of sites) proxy.addSite(site.host, site.root, mountsOf(site));
  const product = await startApiEvalApp({ proxyUrl: proxy.proxyUrl, simulatedAddress: SIMULATED_ADDRESS, maxPages: options.maxPages ?? 25, concurrency: options.concurrency ?? 4 });
  try {
    const { api, orderId } = await placeEnrichmentOrder(product.app, product.adminKey, sites);
    await waitForOrder(api, orderId, { timeoutMs: options.timeoutMs ?? 15 * 60_000, onProgress: options.log });
    mkdirSync(options.outDir, { recursive: true });
    const results = await api.listAll(`/api/v1/orders/${orderId}/results`);
    return await Promise.all(results.map((result) => writeSitePrediction(api, result, sites, options.outDir)));
  } finally {
    await product.close();
    await proxy.close();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an order result row as the API returns it
async function writeSitePrediction(api: ApiClient, result: any, sites: CorpusSite[], outDir: string): Promise<ApiSiteResult> {
  const site = sites.find((s) => s.id === result.source_id);
  if (!site) throw new Error(`order result for unknown site ${result.source_id}`);
  if (result.status === "ENRICHED" && result.company) {
    const view = await readCompanyViaApi(api, result.company.id);
    const prediction = apiToLabelPrediction(view, { siteId: site.id, domain: site.domain });
    writeFileSync(join(outDir, `${site.id}.json`), `${JSON.stringify(prediction, null, 2)}\n`);
  }
  return { id: site.id, status: result.status, reason: result.reason };
}
