import { call } from "../support/test-app.ts";
import type { DashboardServer } from "./dashboard-server.ts";

/** What the page tour needs to reach every page with content on it. */
export interface SeededData {
  clientKey: string;
  organizationId: string;
  /** Completed, from two fixture sites. */
  orderId: string;
  /** Left RECEIVED, so the review queue has a decision to show. */
  waitingOrderId: string;
  searchId: string;
  blacklistId: string;
}

/**
 * Fills a fresh dashboard server through the public and admin APIs (as a user would, faster):
 * an organization and key, a completed order on the fixture sites, one waiting for review, a
 * blacklist with entries, a webhook destination, a finished company import and a suppression.
 * All names and values are made up for the tests.
 */
export async function seedDashboard(server: DashboardServer): Promise<SeededData> {
  const send = async (key: string, method: "POST" | "PATCH" | "PUT", url: string, body: unknown) => {
    const response = await call(server.t.app, method, url, { key, body });
    if (response.statusCode >= 300) throw new Error(`${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return response.body_json;
  };
  const admin = (method: "POST" | "PATCH", url: string, body?: unknown) => send(server.t.adminKey, method, url, body);
  const org = await admin("POST", "/api/admin/v1/organizations", { name: "Sales Ops Ltd" });
  await admin("PATCH", `/api/admin/v1/organizations/${org.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 100000 });
  const clientKey: string = (await admin("POST", `/api/admin/v1/organizations/${org.id}/api-keys`, { name: "dashboard", preset: "full_access" })).key;
  const client = (method: "POST" | "PATCH", url: string, body?: unknown) => send(clientKey, method, url, body);

  const order = await client("POST", "/api/v1/orders", {
    order_type: "ENRICHMENT",
    title: "Fixture companies",
    companies: [
      { company_name: "Holzbau Lindner", website_url: "https://www.holzbau-lindner.de", external_id: "CRM-1" },
      { website_url: "brightpath-analytics.co.uk", external_id: "CRM-2" },
    ],
  });
  await admin("POST", `/api/admin/v1/orders/${order.order_id}/accept`, { estimated_cost: 2 });
  const waiting = await client("POST", "/api/v1/orders", {
    order_type: "ENRICHMENT",
    title: "Trade fair contacts",
    companies: [{ company_name: "Holzbau Lindner", website_url: "https://www.holzbau-lindner.de" }],
  });
  const searchId: string = order.profile_id ?? (await call(server.t.app, "GET", `/api/v1/orders/${order.order_id}`, { key: clientKey })).body_json.profile_id;

  const blacklist = await client("POST", "/api/v1/blacklists", { name: "Existing customers", description: "Accounts the sales team already serves" });
  await client("POST", `/api/v1/blacklists/${blacklist.id}/entries`, {
    entries: [
      { company_name: "Nordlicht Brauerei", website_url: "https://nordlicht-brauerei.example", external_id: "C-100" },
      { company_name: "Keller & Sohn", city: "Ulm", country: "DE" },
    ],
  });
  await send(clientKey, "PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { blacklist_ids: [blacklist.id] });
  await client("POST", `/api/v1/deliveries/${searchId}/destinations`, { type: "webhook", url: "https://crm.example/hooks/openprospect", auth_type: "none" });
  await admin("POST", "/api/admin/v1/suppressions", { kind: "domain", domain: "opted-out.example" });
  await importCompanies(server);

  await waitUntilCompleted(server, clientKey, order.order_id);
  return { clientKey, organizationId: org.id, orderId: order.order_id, waitingOrderId: waiting.order_id, searchId, blacklistId: blacklist.id };
}

async function importCompanies(server: DashboardServer): Promise<void> {
  const csv = ["source_id,name,website,postal_code,city,country", "s-1,Ufer Maschinenbau GmbH,ufer-maschinen-test.de,70173,Stuttgart,DE", "s-2,,,,Bremen,DE"].join("\n");
  const response = await server.t.app.inject({
    method: "POST",
    url: "/api/admin/v1/company-imports?format=generic&source=seeded-companies",
    headers: { authorization: `Bearer ${server.t.adminKey}`, "content-type": "text/csv" },
    payload: csv,
  });
  if (response.statusCode !== 202) throw new Error(`the seed import answered ${response.statusCode}: ${response.body}`);
}

async function waitUntilCompleted(server: DashboardServer, key: string, orderId: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const status: string = (await call(server.t.app, "GET", `/api/v1/orders/${orderId}`, { key })).body_json.status;
    if (status === "COMPLETED") return;
    if (Date.now() > deadline || status === "FAILED") throw new Error(`the seeded order is ${status}, not COMPLETED`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
