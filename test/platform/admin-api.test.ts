import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("operator API", () => {
  it("creates an organization, gives it a key shown once, lists and revokes it", async () => {
    const org = await call(t.app, "POST", "/api/admin/v1/organizations", { key: t.adminKey, body: { name: "Acme" } });
    expect(org.statusCode).toBe(201);
    expect(org.body_json).toMatchObject({ name: "Acme", rate_limit_tier: "free", auto_accept_max_companies: 0 });

    const created = await call(t.app, "POST", `/api/admin/v1/organizations/${org.body_json.id}/api-keys`, {
      key: t.adminKey,
      body: { name: "CRM sync", preset: "discovery_partner" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.body_json.key).toMatch(/^lnc_live_[0-9A-Za-z]{32}$/);
    expect(created.body_json.scopes).toEqual(["orders:read", "orders:write", "blacklists:read", "blacklists:write"]);

    const validated = await call(t.app, "GET", "/api/v1/auth/validate", { key: created.body_json.key });
    expect(validated.statusCode).toBe(200);

    const listed = await call(t.app, "GET", `/api/admin/v1/organizations/${org.body_json.id}/api-keys`, { key: t.adminKey });
    expect(listed.body_json.total).toBe(1);
    expect(JSON.stringify(listed.body_json)).not.toContain(created.body_json.key);
    expect(listed.body_json.items[0].prefix).toBe(created.body_json.key.slice(0, 13));

    const revoked = await call(t.app, "DELETE", `/api/admin/v1/api-keys/${created.body_json.id}`, { key: t.adminKey });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.body_json.revoked_at).not.toBeNull();
    expect((await call(t.app, "GET", "/api/v1/auth/validate", { key: created.body_json.key })).statusCode).toBe(401);
  });

  it("updates settings and validates them", async () => {
    const org = await call(t.app, "POST", "/api/admin/v1/organizations", { key: t.adminKey, body: { name: "Beta" } });
    const url = `/api/admin/v1/organizations/${org.body_json.id}`;
    const patched = await call(t.app, "PATCH", url, { key: t.adminKey, body: { rate_limit_tier: "pro", auto_accept_max_companies: 50 } });
    expect(patched.body_json).toMatchObject({ rate_limit_tier: "pro", auto_accept_max_companies: 50 });
    const bad = await call(t.app, "PATCH", url, { key: t.adminKey, body: { rate_limit_tier: "gold" } });
    expect(bad.statusCode).toBe(422);
    expect(bad.body_json.details.errors[0].field).toBe("rate_limit_tier");
  });

  it("sets the discovery crawl budget per organization, within [0.01, 20]", async () => {
    const org = await call(t.app, "POST", "/api/admin/v1/organizations", { key: t.adminKey, body: { name: "Budget" } });
    expect(org.body_json.discovery_crawl_factor).toBe(3);
    const url = `/api/admin/v1/organizations/${org.body_json.id}`;
    const patched = await call(t.app, "PATCH", url, { key: t.adminKey, body: { discovery_crawl_factor: 2.5 } });
    expect(patched.body_json.discovery_crawl_factor).toBe(2.5);
    expect((await call(t.app, "GET", url, { key: t.adminKey })).body_json.discovery_crawl_factor).toBe(2.5);
    for (const factor of [0, -1, 21, "5", 3.5e-189]) {
      const bad = await call(t.app, "PATCH", url, { key: t.adminKey, body: { discovery_crawl_factor: factor } });
      expect(bad.statusCode).toBe(422);
      expect(bad.body_json.details.errors[0].field).toBe("discovery_crawl_factor");
    }
  });

  it("rejects organization keys, and organization routes reject admin keys", async () => {
    const tenant = await createTenant(t.database.db);
    expect((await call(t.app, "GET", "/api/admin/v1/organizations", { key: tenant.key })).statusCode).toBe(401);
    expect((await call(t.app, "GET", "/api/v1/auth/validate", { key: t.adminKey })).statusCode).toBe(401);
    expect((await call(t.app, "GET", "/api/admin/v1/organizations")).statusCode).toBe(401);
  });

  it("refuses a key with both preset and scopes, or none", async () => {
    const org = await call(t.app, "POST", "/api/admin/v1/organizations", { key: t.adminKey, body: { name: "Gamma" } });
    const url = `/api/admin/v1/organizations/${org.body_json.id}/api-keys`;
    const both = await call(t.app, "POST", url, { key: t.adminKey, body: { name: "x", preset: "orders", scopes: ["orders:read"] } });
    expect(both.statusCode).toBe(422);
    const none = await call(t.app, "POST", url, { key: t.adminKey, body: { name: "x" } });
    expect(none.statusCode).toBe(422);
    const past = await call(t.app, "POST", url, { key: t.adminKey, body: { name: "x", preset: "orders", expires_at: "2001-01-01T00:00:00Z" } });
    expect(past.statusCode).toBe(422);
    const missingOrg = await call(t.app, "POST", "/api/admin/v1/organizations/00000000-0000-4000-8000-000000000000/api-keys", {
      key: t.adminKey,
      body: { name: "x", preset: "orders" },
    });
    expect(missingOrg.statusCode).toBe(404);
    expect(missingOrg.body_json).toMatchObject({ code: "ORGANIZATION_NOT_FOUND", resource_type: "Organization" });
  });
});
