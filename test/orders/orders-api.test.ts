import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { addKey, createTenant, type TestTenant } from "../support/fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let stranger: TestTenant;
let ownerOrderId: string;

// The enrichment order example from the docs (docs-notes §7.4).
const docsExample = {
  order_type: "ENRICHMENT",
  title: "Q1 hotel enrichment",
  features: ["COMPANY_DATA", "CONTACTS", "TECHNOLOGIES"],
  profile_name: "Hotels Berlin",
  companies: [
    { company_name: "Grand Hotel Berlin", external_id: "CRM-1001", website_url: "https://www.grandhotel-berlin.de", city: "Berlin", country: "Germany" },
    { company_name: "Hotel Adlon", external_id: "CRM-1002", city: "Berlin", country: "Germany" },
  ],
};

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db, { name: "Owner" });
  stranger = await createTenant(t.database.db, { name: "Stranger" });
  const created = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body: docsExample });
  ownerOrderId = created.body_json.order_id;
});
afterAll(() => t.close());

const countOrders = async () => Number((await t.database.db.selectFrom("orders").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("POST /api/v1/orders", () => {
  it("answers exactly the documented shape", async () => {
    const response = await call(t.app, "POST", "/api/v1/orders/", { key: owner.key, body: docsExample });
    expect(response.statusCode).toBe(201);
    expect(response.body_json).toEqual({
      order_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      order_type: "ENRICHMENT",
      status: "RECEIVED",
      company_count: 2,
      estimated_cost: null,
      message: "Order received. Awaiting admin review.",
    });
  });

  it("creates a DISCOVERY order for an own prospect search", async () => {
    const enrichment = await call(t.app, "GET", `/api/v1/orders/${ownerOrderId}`, { key: owner.key });
    const response = await call(t.app, "POST", "/api/v1/orders", {
      key: owner.key,
      body: { order_type: "DISCOVERY", profile_id: enrichment.body_json.profile_id, briefing_quantity: 25 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.body_json).toMatchObject({ order_type: "DISCOVERY", company_count: 25, status: "RECEIVED" });
  });

  const tooMany = Array.from({ length: 10_001 }, (_, i) => ({ company_name: `Company ${i}` }));
  it.each([
    ["10,001 companies", { order_type: "ENRICHMENT", companies: tooMany }, "companies"],
    ["no companies", { order_type: "ENRICHMENT", companies: [] }, "companies"],
    ["a company without name and website", { order_type: "ENRICHMENT", companies: [{ city: "Berlin" }] }, "companies[0]"],
    ["DISCOVERY with companies", { order_type: "DISCOVERY", briefing_quantity: 5, profile_id: "00000000-0000-4000-8000-000000000000", companies: [{ company_name: "x" }] }, "companies"],
    ["ENRICHMENT with briefing_quantity", { order_type: "ENRICHMENT", briefing_quantity: 5, companies: [{ company_name: "x" }] }, "briefing_quantity"],
    ["an unknown feature", { order_type: "ENRICHMENT", features: ["COMPANY_DATA", "MIND_READING"], companies: [{ company_name: "x" }] }, "features[1]"],
    ["an invalid URL", { order_type: "ENRICHMENT", companies: [{ website_url: "ftp://nope" }] }, "companies[0].website_url"],
    ["an oversized name", { order_type: "ENRICHMENT", companies: [{ company_name: "x".repeat(501) }] }, "companies[0].company_name"],
    ["duplicate external ids", { order_type: "ENRICHMENT", companies: [{ company_name: "a", external_id: "E1" }, { company_name: "b", external_id: "E1" }] }, "companies[1].external_id"],
    ["DISCOVERY without profile", { order_type: "DISCOVERY", briefing_quantity: 5 }, "profile_id"],
    ["DISCOVERY without quantity", { order_type: "DISCOVERY", profile_id: "00000000-0000-4000-8000-000000000000" }, "briefing_quantity"],
    ["an unknown field", { order_type: "ENRICHMENT", companies: [{ company_name: "x" }], priority: "high" }, "priority"],
    ["a missing order_type", { companies: [{ company_name: "x" }] }, "order_type"],
  ])("%s is a 422 naming the field, and nothing is written", async (_label, body, field) => {
    const before = await countOrders();
    const response = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body });
    expect(response.statusCode).toBe(422);
    expect(response.body_json.code).toBe("VALIDATION_ERROR");
    expect(response.body_json.details.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await countOrders()).toBe(before);
  });

  it("another organization's prospect search or blacklist is the documented 404, and nothing is written", async () => {
    const before = await countOrders();
    const profileId = await strangerProfileId();
    const foreignProfile = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body: { order_type: "DISCOVERY", briefing_quantity: 5, profile_id: profileId } });
    expect(foreignProfile.statusCode).toBe(404);
    expect(foreignProfile.body_json).toMatchObject({ code: "PROSPECT_SEARCH_NOT_FOUND", resource_type: "ProspectSearch", identifier: profileId });
    const unknownBlacklist = "00000000-0000-4000-8000-000000000000";
    const body = { order_type: "ENRICHMENT", blacklist_ids: [unknownBlacklist], companies: [{ company_name: "x" }] };
    const noBlacklist = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body });
    expect(noBlacklist.body_json).toMatchObject({ code: "BLACKLIST_NOT_FOUND", resource_type: "Blacklist", identifier: unknownBlacklist });
    expect(await countOrders()).toBe(before + 1);
  });

  it("accepts 10,000 companies", async () => {
    const companies = Array.from({ length: 10_000 }, (_, i) => ({ company_name: `Company ${i}`, external_id: `X-${i}`, website_url: `company${i}.example.com` }));
    const response = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body: { order_type: "ENRICHMENT", companies } });
    expect(response.statusCode).toBe(201);
    expect(response.body_json.company_count).toBe(10_000);
  });
});

async function strangerProfileId(): Promise<string> {
  const created = await call(t.app, "POST", "/api/v1/orders", { key: stranger.key, body: { order_type: "ENRICHMENT", companies: [{ company_name: "s" }] } });
  return (await call(t.app, "GET", `/api/v1/orders/${created.body_json.order_id}`, { key: stranger.key })).body_json.profile_id;
}

describe("GET /api/v1/orders and /{id}", () => {
  it("returns the order with progress, features and timestamps", async () => {
    const response = await call(t.app, "GET", `/api/v1/orders/${ownerOrderId}`, { key: owner.key });
    expect(response.statusCode).toBe(200);
    expect(response.body_json).toMatchObject({
      order_id: ownerOrderId,
      title: "Q1 hotel enrichment",
      features: ["COMPANY_DATA", "CONTACTS", "TECHNOLOGIES"],
      briefing_quantity: 2,
      status: "RECEIVED",
      progress: { total: 2, processed: 0, succeeded: 0, failed: 0, excluded: 0 },
      accepted_at: null,
      completed_at: null,
    });
    expect(response.body_json.profile_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("lists newest first with filters", async () => {
    const all = await call(t.app, "GET", "/api/v1/orders?limit=2", { key: owner.key });
    expect(all.body_json.items).toHaveLength(2);
    expect(all.body_json.has_more).toBe(true);
    const discovery = await call(t.app, "GET", "/api/v1/orders?order_type=DISCOVERY", { key: owner.key });
    expect(discovery.body_json.items.every((o: { order_type: string }) => o.order_type === "DISCOVERY")).toBe(true);
    const bad = await call(t.app, "GET", "/api/v1/orders?status=DONE", { key: owner.key });
    expect(bad.statusCode).toBe(422);
  });

  it("keeps test-mode orders and live orders apart", async () => {
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    const testOrder = await call(t.app, "POST", "/api/v1/orders", { key: testKey.key, body: docsExample });
    expect((await call(t.app, "GET", `/api/v1/orders/${testOrder.body_json.order_id}`, { key: owner.key })).statusCode).toBe(404);
    expect((await call(t.app, "GET", `/api/v1/orders/${ownerOrderId}`, { key: testKey.key })).statusCode).toBe(404);
    const testList = await call(t.app, "GET", "/api/v1/orders", { key: testKey.key });
    expect(testList.body_json.items.map((o: { order_id: string }) => o.order_id)).toEqual([testOrder.body_json.order_id]);
  });
});

describe("order security", () => {
  const ctx = { testApp: () => t, owner: () => owner };
  const crossTenant = { otherKey: () => stranger.key, expectedCode: "ORDER_NOT_FOUND" };
  standardSecurityChecks(ctx, { method: "POST", url: () => "/api/v1/orders", scopes: ["orders:write"], body: () => docsExample });
  standardSecurityChecks(ctx, { method: "GET", url: () => "/api/v1/orders", scopes: ["orders:read"] });
  standardSecurityChecks(ctx, { method: "GET", url: () => `/api/v1/orders/${ownerOrderId}`, scopes: ["orders:read"], crossTenant });
  standardSecurityChecks(ctx, { method: "POST", url: () => `/api/v1/orders/${ownerOrderId}/cancel`, scopes: ["orders:write"], crossTenant });
});

describe("auto-accept", () => {
  it("accepts small orders of an organization that allows it, and every test-mode order", async () => {
    const tenant = await createTenant(t.database.db);
    await updateOrganization(t.database.db, tenant.organizationId, { auto_accept_max_companies: 2 });
    const small = await call(t.app, "POST", "/api/v1/orders", { key: tenant.key, body: docsExample });
    // The create call answers the documented receipt; the acceptance shows on the order itself.
    expect(small.body_json).toMatchObject({ status: "RECEIVED", message: "Order received. Awaiting admin review." });
    expect((await call(t.app, "GET", `/api/v1/orders/${small.body_json.order_id}`, { key: tenant.key })).body_json.status).toBe("ACCEPTED");
    const big = await call(t.app, "POST", "/api/v1/orders", {
      key: tenant.key,
      body: { order_type: "ENRICHMENT", companies: [{ company_name: "a" }, { company_name: "b" }, { company_name: "c" }] },
    });
    expect((await call(t.app, "GET", `/api/v1/orders/${big.body_json.order_id}`, { key: tenant.key })).body_json.status).toBe("RECEIVED");
    const testKey = await addKey(t.database.db, tenant.organizationId, { test: true });
    const testOrder = await call(t.app, "POST", "/api/v1/orders", { key: testKey.key, body: { order_type: "ENRICHMENT", companies: tooManyFor(5) } });
    expect(testOrder.body_json.status).toBe("RECEIVED");
    expect((await call(t.app, "GET", `/api/v1/orders/${testOrder.body_json.order_id}`, { key: testKey.key })).body_json.status).toBe("ACCEPTED");
  });
});

function tooManyFor(n: number) {
  return Array.from({ length: n }, (_, i) => ({ company_name: `C${i}` }));
}
