import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";

let t: TestApp;
let owner: TestTenant;

// An engine that always throws stands for a bug or an outage that retries cannot cure.
beforeAll(async () => {
  t = await startTestApp({
    workers: true,
    ports: async () => ({ enrichment: { analyzeWebsite: async () => { throw new Error("extractor crashed on this page"); } } }),
  });
  await t.boss.updateQueue("orders.enrich-company", { name: "orders.enrich-company", retryLimit: 1, retryDelay: 1 });
  owner = await createTenant(t.database.db);
});
afterAll(() => t.close());

describe("a company whose processing keeps failing", () => {
  it("is settled FAILED with the reason after its last retry, and the order still completes", async () => {
    const created = await call(t.app, "POST", "/api/v1/orders", {
      key: owner.key,
      body: { order_type: "ENRICHMENT", companies: [{ company_name: "Fragile", external_id: "F-1", website_url: "https://fragile.example.com" }] },
    });
    const orderId = created.body_json.order_id;
    await call(t.app, "POST", `/api/admin/v1/orders/${orderId}/accept`, { key: t.adminKey });
    const order = await waitFor(async () => {
      const o = (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key })).body_json;
      return o.status === "COMPLETED" ? o : null;
    }, 60_000);
    expect(order.progress).toMatchObject({ processed: 1, failed: 1 });
    const results = (await call(t.app, "GET", `/api/v1/orders/${orderId}/results`, { key: owner.key })).body_json;
    expect(results.items[0]).toMatchObject({ source_id: "F-1", status: "FAILED", reason: expect.stringContaining("extractor crashed") });
  }, 90_000);
});
