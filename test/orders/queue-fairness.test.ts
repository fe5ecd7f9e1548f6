import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EnrichmentPort } from "../../src/core/enrichment/port.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";

// Every website "fails" after a short crawl, so rows settle quickly and only queue order matters.
const quickFailure: EnrichmentPort = {
  async analyzeWebsite() {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { kind: "unreachable", reason: "connection_refused: test port" };
  },
};

let t: TestApp;
let big: TestTenant;
let small: TestTenant;
beforeAll(async () => {
  t = await startTestApp({ workers: true, concurrency: 1, ports: async () => ({ enrichment: quickFailure }) });
  big = await createTenant(t.database.db, { name: "Big batch GmbH" });
  small = await createTenant(t.database.db, { name: "Small order KG" });
});
afterAll(() => t.close());

const companies = (n: number, label: string) => Array.from({ length: n }, (_, i) => ({ company_name: `${label} ${i}`, website_url: `https://${label}-${i}.example` }));

async function placeAndAccept(tenant: TestTenant, n: number, label: string): Promise<string> {
  const created = await call(t.app, "POST", "/api/v1/orders", { key: tenant.key, body: { order_type: "ENRICHMENT", companies: companies(n, label) } });
  expect(created.statusCode).toBe(201);
  expect((await call(t.app, "POST", `/api/admin/v1/orders/${created.body_json.order_id}/accept`, { key: t.adminKey })).statusCode).toBe(200);
  return created.body_json.order_id;
}

const progress = async (tenant: TestTenant, orderId: string) => (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: tenant.key })).body_json;

describe("fairness between organizations in the job queue", () => {
  it("a 10-company order finishes while another organization's big order is still queued", async () => {
    const bigOrder = await placeAndAccept(big, 300, "big");
    // The big order's 300 jobs are queued and being worked on before the small order arrives.
    await waitFor(async () => (await progress(big, bigOrder)).progress.processed > 0, 60_000);
    const smallOrder = await placeAndAccept(small, 10, "small");
    const done = await waitFor(async () => {
      const order = await progress(small, smallOrder);
      return order.status === "COMPLETED" ? order : null;
    }, 120_000);
    expect(done.progress).toMatchObject({ total: 10, processed: 10 });
    const bigNow = await progress(big, bigOrder);
    expect(bigNow.status).toBe("IN_PROGRESS");
    // First come, first served would have run all 300 first; round-robin interleaves the two.
    expect(bigNow.progress.processed).toBeLessThan(150);
    // The rest of the big order is not needed: cancelled, its queued jobs end at once instead of
    // failing and retrying while the test database shuts down.
    expect((await call(t.app, "POST", `/api/admin/v1/orders/${bigOrder}/cancel`, { key: t.adminKey })).statusCode).toBe(200);
  }, 180_000);
});
