import type { FastifyInstance } from "fastify";
import { startUrlOf, type CorpusSite } from "../read-corpus-sites.ts";
import { createApiClient, type ApiClient } from "./api-client.ts";

export interface PlacedOrder {
  api: ApiClient;
  orderId: string;
}

/**
 * What an operator and a customer do: create an organization and a full-access key (admin API),
 * post one ENRICHMENT order with a company per site (public API), accept it (admin API).
 */
export async function placeEnrichmentOrder(app: FastifyInstance, adminKey: string, sites: CorpusSite[]): Promise<PlacedOrder> {
  const admin = createApiClient(app, adminKey);
  const organization = await admin.request("POST", "/api/admin/v1/organizations", { name: "Corpus evaluation" });
  // Polling a long order would otherwise run into the default hourly request budget.
  await admin.request("PATCH", `/api/admin/v1/organizations/${organization.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 1_000_000 });
  const { key } = await admin.request("POST", `/api/admin/v1/organizations/${organization.id}/api-keys`, { name: "evaluation", preset: "full_access" });
  const api = createApiClient(app, key);
  const order = await api.request("POST", "/api/v1/orders", {
    order_type: "ENRICHMENT",
    title: "Corpus evaluation",
    companies: sites.map((site) => ({ external_id: site.id, website_url: startUrlOf(site) })),
  });
  await admin.request("POST", `/api/admin/v1/orders/${order.order_id}/accept`, { estimated_cost: sites.length });
  return { api, orderId: order.order_id };
}
