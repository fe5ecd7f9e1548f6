import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { SIMULATED_ADDRESS } from "../eval-fetcher.ts";
import { mountsOf, readCorpusSites } from "../read-corpus-sites.ts";
import { startStaticSitesProxy } from "../static-sites-proxy.ts";
import { createApiClient, type ApiClient } from "../api/api-client.ts";
import { startApiEvalApp } from "../api/start-api-eval-app.ts";
import { waitForOrder } from "../api/wait-for-order.ts";
import { corpusIndexCsv } from "./corpus-index-csv.ts";
import { examinedCandidates, type ExaminedCandidate } from "./examined-candidates.ts";
import { isExpected, ISSUE_ICPS, type DiscoveryIcp } from "./discovery-icps.ts";

export interface DiscoveryEvaluationOptions {
  corpusDir: string;
  icps?: DiscoveryIcp[];
  siteIds?: string[];
  concurrency?: number;
  maxPages?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Called after each ICP, so a long run's finished ICPs are kept if it is stopped. */
  onOutcome?: (outcomes: IcpOutcome[]) => void;
}

export interface IcpOutcome {
  icp: string;
  expected: string[];
  delivered: string[];
  briefing_quantity: number;
  /** Share of delivered companies that are expected; null when nothing was delivered. */
  precision: number | null;
  /** Share of expected companies that were delivered; null when none is expected. */
  recall: number | null;
  message: string | null;
  progress: unknown;
  /** Every candidate the order examined, with its score, classified industry and criteria. */
  examined: ExaminedCandidate[];
}

/**
 * Issue 11's discovery evaluation through the public API only: an operator imports the corpus as a
 * generic CSV (name, website, city, country — no industry), a customer runs one DISCOVERY order per
 * ICP with briefing quantity twice the expected count, and the delivered companies are graded
 * against the labels' industry and country.
 */
export async function runDiscoveryEvaluation(options: DiscoveryEvaluationOptions): Promise<IcpOutcome[]> {
  const sites = readCorpusSites(options.corpusDir, options.siteIds ?? []);
  const index = corpusIndexCsv(options.corpusDir, sites);
  const proxy = await startStaticSitesProxy();
  for (const site of sites) proxy.addSite(site.host, site.root, mountsOf(site));
  const product = await startApiEvalApp({ proxyUrl: proxy.proxyUrl, simulatedAddress: SIMULATED_ADDRESS, maxPages: options.maxPages ?? 25, concurrency: options.concurrency ?? 4 });
  try {
    const admin = createApiClient(product.app, product.adminKey);
    const imported = await importCsv(product.app, product.adminKey, admin, index.csv);
    options.log?.(`import ${imported.status}: ${imported.rows_imported} imported, ${imported.rows_rejected} rejected`);
    const { api, key } = await customer(admin, product.app);
    const outcomes: IcpOutcome[] = [];
    const siteIdOf = new Map(sites.map((site) => [site.host, site.id]));
    for (const icp of options.icps ?? ISSUE_ICPS) {
      const expected = index.labelled.filter((company) => isExpected(icp, company)).map((company) => company.siteId);
      const quantity = Math.max(1, 2 * expected.length);
      const profileId = await createProfile(product.app, key, api, icp.text);
      const order = await api.request("POST", "/api/v1/orders", { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: quantity });
      await admin.request("POST", `/api/admin/v1/orders/${order.order_id}/accept`, { estimated_cost: quantity });
      await waitForOrder(api, order.order_id, { timeoutMs: options.timeoutMs ?? 30 * 60_000, onProgress: (line) => options.log?.(`${icp.text}: ${line}`) });
      const finished = await api.request("GET", `/api/v1/orders/${order.order_id}`);
      const results = await api.listAll(`/api/v1/orders/${order.order_id}/results`);
      const delivered = results.filter((r) => r.company?.domain).map((r) => siteIdOf.get(r.company.domain) ?? r.company.domain);
      const hits = delivered.filter((id) => expected.includes(id)).length;
      outcomes.push({
        icp: icp.text,
        expected,
        delivered,
        briefing_quantity: quantity,
        precision: delivered.length ? round(hits / delivered.length) : null,
        recall: expected.length ? round(hits / expected.length) : null,
        message: finished.message ?? null,
        progress: finished.progress,
        examined: await examinedCandidates(product.db, order.order_id, siteIdOf),
      });
      options.onOutcome?.(outcomes);
    }
    return outcomes;
  } finally {
    await product.close();
    await proxy.close();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the import status as the API returns it
async function importCsv(app: FastifyInstance, adminKey: string, admin: ApiClient, csv: string): Promise<any> {
  const response = await app.inject({
    method: "POST",
    url: "/api/admin/v1/company-imports?format=generic&source=corpus-evaluation",
    headers: { authorization: `Bearer ${adminKey}`, "content-type": "text/csv" },
    payload: csv,
  });
  if (response.statusCode !== 202) throw new Error(`import → ${response.statusCode} ${response.body.slice(0, 500)}`);
  const { import_id: importId } = response.json() as { import_id: string };
  for (;;) {
    const current = await admin.request("GET", `/api/admin/v1/company-imports/${importId}`);
    if (current.status === "SUCCEEDED") return current;
    if (current.status === "FAILED") throw new Error(`import failed: ${JSON.stringify(current.errors ?? current)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

// A search profile the way a customer creates one: only the free-text ICP, nothing else filled in.
async function createProfile(app: FastifyInstance, key: string, api: ApiClient, text: string): Promise<string> {
  const response = await app.inject({
    method: "POST",
    url: "/api/v1/search-profile-creations",
    headers: { authorization: `Bearer ${key}`, "idempotency-key": randomUUID() },
    payload: { profile_name: text.slice(0, 100), ideal_customer_profile: text },
  });
  if (response.statusCode !== 202) throw new Error(`profile creation → ${response.statusCode} ${response.body.slice(0, 500)}`);
  const creationId = (response.json() as { profile_creation_id: string }).profile_creation_id;
  for (;;) {
    const current = await api.request("GET", `/api/v1/search-profile-creations/${creationId}`);
    if (current.status === "SUCCEEDED") return current.profile_id as string;
    if (current.status === "FAILED") throw new Error(`profile creation failed: ${JSON.stringify(current)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function customer(admin: ApiClient, app: FastifyInstance): Promise<{ api: ApiClient; key: string }> {
  const organization = await admin.request("POST", "/api/admin/v1/organizations", { name: "Discovery evaluation" });
  await admin.request("PATCH", `/api/admin/v1/organizations/${organization.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  const { key } = await admin.request("POST", `/api/admin/v1/organizations/${organization.id}/api-keys`, { name: "evaluation", preset: "full_access" });
  return { api: createApiClient(app, key), key };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
