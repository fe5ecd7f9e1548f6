import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { extraction } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";

let t: TestApp;
const crawled: string[] = [];

// A quick engine: every site yields a small company, except hosts named "unreachable-…".
beforeAll(async () => {
  t = await startTestApp({
    workers: true,
    concurrency: 2,
    ports: async () => ({
      enrichment: {
        analyzeWebsite: async (url: string) => {
          crawled.push(url);
          const host = new URL(url).hostname;
          if (host.startsWith("unreachable-")) return { kind: "unreachable" as const, reason: "http_error: 503" };
          return { kind: "analyzed" as const, extraction: extraction(host, { name: host.split(".")[0], city: "Berlin" }), pagesFetched: 1 };
        },
      },
    }),
  });
  // 2.00 per delivered company, 0.50 for contacts, the other features free: one company with both = 2.50.
  const prices = await call(t.app, "PATCH", "/api/admin/v1/price-list", {
    key: t.adminKey,
    body: { per_company: 2, per_feature: { COMPANY_DATA: 0, CONTACTS: 0.5, TECHNOLOGIES: 0, JOBS: 0, LEGAL_DATA: 0, MATCH_SCORING: 0 } },
  });
  expect(prices.statusCode).toBe(200);
});
afterAll(() => t.close());

const FEATURES = ["COMPANY_DATA", "CONTACTS"];
const companies = (prefix: string, n: number, unreachable: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({ company_name: `${prefix} ${i}`, external_id: `${prefix}-${i}`, website_url: `https://${unreachable.includes(i) ? "unreachable-" : ""}${prefix}-${i}.example.com` }));

async function placeOrder(owner: TestTenant, body: Record<string, unknown>, accept: Record<string, unknown> = {}) {
  const created = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body: { order_type: "ENRICHMENT", features: FEATURES, ...body } });
  expect(created.statusCode).toBe(201);
  expect(created.body_json.estimated_cost).toBeNull();
  const accepted = await call(t.app, "POST", `/api/admin/v1/orders/${created.body_json.order_id}/accept`, { key: t.adminKey, body: accept });
  expect(accepted.statusCode).toBe(200);
  return accepted.body_json;
}

async function finished(owner: TestTenant, orderId: string) {
  return waitFor(async () => {
    const o = (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key })).body_json;
    return o.status === "COMPLETED" ? o : null;
  }, 60_000);
}

async function resultsOf(owner: TestTenant, orderId: string) {
  return (await call(t.app, "GET", `/api/v1/orders/${orderId}/results`, { key: owner.key })).body_json.items as { source_id: string; status: string; reason: string | null }[];
}

describe("the price list", () => {
  it("shows the operator's prices and returns an item to the default with null", async () => {
    const before = (await call(t.app, "GET", "/api/admin/v1/price-list", { key: t.adminKey })).body_json;
    expect(before).toMatchObject({ per_company: 2, per_feature: { CONTACTS: 0.5, JOBS: 0 } });
    const reset = await call(t.app, "PATCH", "/api/admin/v1/price-list", { key: t.adminKey, body: { per_feature: { JOBS: null } } });
    expect(reset.body_json.per_feature.JOBS).toBe(0.1);
    await call(t.app, "PATCH", "/api/admin/v1/price-list", { key: t.adminKey, body: { per_feature: { JOBS: 0 } } });
    const bad = await call(t.app, "PATCH", "/api/admin/v1/price-list", { key: t.adminKey, body: { per_company: -1 } });
    expect(bad.statusCode).toBe(422);
  });
});

describe("order costs", () => {
  it("estimates at review time from the price list, and the operator may override it", async () => {
    const owner = await createTenant(t.database.db);
    const computed = await placeOrder(owner, { companies: companies("est", 3) });
    expect(computed.estimated_cost).toBe(7.5);
    const overridden = await placeOrder(owner, { companies: companies("ovr", 3) }, { estimated_cost: 5 });
    expect(overridden.estimated_cost).toBe(5);
    // features change the unit price: company data alone is the per-company price only
    const plain = await placeOrder(owner, { companies: companies("plain", 3), features: ["COMPANY_DATA"] });
    expect(plain.estimated_cost).toBe(6);
  }, 90_000);

  it("accumulates actual_cost as rows settle, charging only delivered companies", async () => {
    const owner = await createTenant(t.database.db);
    const order = await placeOrder(owner, { companies: companies("acc", 3, [1]) });
    const done = await finished(owner, order.order_id);
    expect(done.progress).toMatchObject({ succeeded: 2 });
    expect(done.actual_cost).toBe(5);
    expect(done.message).not.toMatch(/max_cost|budget/);
  }, 90_000);

  it("stops an order whose next company would pass max_cost, and says so", async () => {
    const owner = await createTenant(t.database.db);
    const order = await placeOrder(owner, { companies: companies("cap", 5), max_cost: 6 });
    const done = await finished(owner, order.order_id);
    expect(done.actual_cost).toBe(5);
    expect(done.message).toMatch(/max_cost of 6\.00/);
    const results = await resultsOf(owner, order.order_id);
    expect(results.filter((r) => r.status === "ENRICHED")).toHaveLength(2);
    const left = results.filter((r) => r.status !== "ENRICHED");
    expect(left).toHaveLength(3);
    expect(left.every((r) => r.status === "EXCLUDED" && /max_cost/.test(r.reason ?? ""))).toBe(true);
    // Nothing was crawled for the companies left out. A reserved row may be crawled twice (a run
    // retried after a lapse on a loaded machine keeps its reservation), so hosts are compared as a set.
    const crawledHosts = new Set(crawled.filter((url) => url.includes("cap-")).map((url) => new URL(url).hostname));
    const enrichedHosts = new Set(results.filter((r) => r.status === "ENRICHED").map((r) => `${r.source_id}.example.com`));
    expect([...crawledHosts].sort()).toEqual([...enrichedHosts].sort());
  }, 90_000);

  it("holds the organization's monthly budget across orders", async () => {
    const owner = await createTenant(t.database.db);
    const patched = await call(t.app, "PATCH", `/api/admin/v1/organizations/${owner.organizationId}`, { key: t.adminKey, body: { monthly_budget: 6 } });
    expect(patched.body_json.monthly_budget).toBe(6);
    const first = await finished(owner, (await placeOrder(owner, { companies: companies("mb1", 2) })).order_id);
    expect(first.actual_cost).toBe(5);
    const second = await finished(owner, (await placeOrder(owner, { companies: companies("mb2", 2) })).order_id);
    expect(second.actual_cost).toBe(0);
    expect(second.message).toMatch(/monthly budget of 6\.00/);
    expect((await resultsOf(owner, second.order_id)).every((r) => r.status === "EXCLUDED")).toBe(true);
    // raising the budget lets the next order through
    await call(t.app, "PATCH", `/api/admin/v1/organizations/${owner.organizationId}`, { key: t.adminKey, body: { monthly_budget: 10 } });
    const third = await finished(owner, (await placeOrder(owner, { companies: companies("mb3", 2) })).order_id);
    expect(third.actual_cost).toBe(5);
  }, 120_000);
});

describe("order results as CSV", () => {
  it("answers text/csv when Accept prefers it: one row per company, the whole order; JSON otherwise; 404 stays JSON", async () => {
    const owner = await createTenant(t.database.db);
    const order = await placeOrder(owner, { companies: companies("csv", 3, [2]) });
    await finished(owner, order.order_id);
    const url = `/api/v1/orders/${order.order_id}/results`;
    const csv = await call(t.app, "GET", url, { key: owner.key, headers: { accept: "text/csv" }, query: { limit: "1" } });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.source_id, r.status])).toEqual([["csv-0", "ENRICHED"], ["csv-1", "ENRICHED"], ["csv-2", "FAILED"]]);
    expect(rows[0]).toMatchObject({ domain: "example.com", city: "Berlin", prospect_count: "0", prospect_1_full_name: "" });
    const preferred = await call(t.app, "GET", url, { key: owner.key, headers: { accept: "application/json;q=0.5, text/csv" } });
    expect(preferred.headers["content-type"]).toMatch(/^text\/csv/);
    const json = await call(t.app, "GET", url, { key: owner.key, headers: { accept: "application/json, text/csv;q=0.9" } });
    expect(json.body_json.items).toHaveLength(3);
    const stranger = await createTenant(t.database.db);
    const missing = await call(t.app, "GET", url, { key: stranger.key, headers: { accept: "text/csv" } });
    expect(missing.statusCode).toBe(404);
    expect(missing.body_json.code).toBe("ORDER_NOT_FOUND");
  }, 90_000);
});

