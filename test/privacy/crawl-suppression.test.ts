import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";

let t: TestApp;
let owner: TestTenant;
const crawled: string[] = [];

// An engine that only records what it was asked to crawl: a suppressed domain must never reach it.
beforeAll(async () => {
  t = await startTestApp({
    workers: true,
    ports: async () => ({ enrichment: { analyzeWebsite: async (url: string) => { crawled.push(url); return { kind: "unreachable" as const, reason: "http_error: 503" }; } } }),
  });
  owner = await createTenant(t.database.db);
});
afterAll(() => t.close());

describe("suppression at crawl time", () => {
  it("settles a suppressed domain EXCLUDED without a single request to it", async () => {
    await call(t.app, "POST", "/api/admin/v1/suppressions", { key: t.adminKey, body: { kind: "domain", domain: "objector.example.com" } });
    const created = await call(t.app, "POST", "/api/v1/orders", {
      key: owner.key,
      body: { order_type: "ENRICHMENT", companies: [
        { company_name: "Objector", external_id: "S-1", website_url: "https://www.objector.example.com/kontakt" },
        { company_name: "Allowed", external_id: "S-2", website_url: "https://allowed.example.com" },
      ] },
    });
    const orderId = created.body_json.order_id;
    await call(t.app, "POST", `/api/admin/v1/orders/${orderId}/accept`, { key: t.adminKey });
    await waitFor(async () => ((await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key })).body_json.status === "COMPLETED" ? true : null), 60_000);
    const results = (await call(t.app, "GET", `/api/v1/orders/${orderId}/results`, { key: owner.key })).body_json.items;
    expect(results.find((r: any) => r.source_id === "S-1")).toMatchObject({ status: "EXCLUDED" });
    expect(crawled.some((url) => url.includes("objector"))).toBe(false);
  }, 90_000);
});
