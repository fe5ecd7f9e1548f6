import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProspectSearch } from "../support/companies-fixtures.ts";
import { addKey, createTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const companies = (n: number) => Array.from({ length: n }, (_, i) => ({ company_name: `Quota ${i}`, website_url: `https://quota-${i}.example` }));
const order = (key: string, n: number) => call(t.app, "POST", "/api/v1/orders", { key, body: { order_type: "ENRICHMENT", companies: companies(n) } });

describe("test keys' hourly company quota", () => {
  it("auto-accepts test orders up to the quota per organization, then answers 429 with Retry-After", async () => {
    const org = await createTenant(t.database.db);
    const test = await addKey(t.database.db, org.organizationId, { test: true });
    const otherTestKey = await addKey(t.database.db, org.organizationId, { test: true });
    // The create call answers RECEIVED as documented; the automatic acceptance shows on GET.
    for (const [key, n] of [[test.key, 300], [otherTestKey.key, 200]] as const) {
      const created = await order(key, n);
      expect(created.statusCode).toBe(201);
      const read = await call(t.app, "GET", `/api/v1/orders/${created.body_json.order_id}`, { key });
      expect(read.body_json.status).not.toBe("RECEIVED");
    }
    const refused = await order(test.key, 1);
    expect(refused.statusCode).toBe(429);
    expect(refused.body_json).toMatchObject({ code: "TEST_MODE_QUOTA_EXCEEDED", details: { limit: 500, used: 500 } });
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(3000);
    // DISCOVERY quantities count too.
    const searchId = await createProspectSearch(t.database.db, { organizationId: org.organizationId, testMode: true });
    const discovery = await call(t.app, "POST", "/api/v1/orders", { key: test.key, body: { order_type: "DISCOVERY", profile_id: searchId, briefing_quantity: 1 } });
    expect(discovery.statusCode).toBe(429);

    // Live keys of the same organization and test keys of another one are not affected.
    expect((await order(org.key, 5)).statusCode).toBe(201);
    const neighbour = await createTenant(t.database.db);
    const neighbourTest = await addKey(t.database.db, neighbour.organizationId, { test: true });
    expect((await order(neighbourTest.key, 10)).statusCode).toBe(201);
  });

  it("refuses with 422 a test order larger than the whole quota", async () => {
    const org = await createTenant(t.database.db);
    const test = await addKey(t.database.db, org.organizationId, { test: true });
    const tooBig = await order(test.key, 501);
    expect(tooBig.statusCode).toBe(422);
    expect(tooBig.body_json.details.errors[0].message).toContain("500 companies per hour");
  });
});
