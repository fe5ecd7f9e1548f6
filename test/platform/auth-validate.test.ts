import { vi, afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateOrganization } from "../../src/core/organizations/update.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db, { preset: "read_only" });
  await updateOrganization(t.database.db, owner.organizationId, { rate_limit_tier: "free", rate_limit_per_hour: null });
});
afterAll(() => t.close());

describe("GET /api/v1/auth/validate", () => {
  it("returns valid and the key's scopes, with rate-limit headers and a request id", async () => {
    const response = await call(t.app, "GET", "/api/v1/auth/validate", { key: owner.key });
    expect(response.statusCode).toBe(200);
    expect(response.body_json).toEqual({
      valid: true,
      scopes: ["orders:read", "companies:read", "prospects:read", "prospect_searches:read", "blacklists:read", "deliveries:read"],
    });
    expect(response.headers["ratelimit-limit"]).toBe("100");
    expect(Number(response.headers["ratelimit-remaining"])).toBeLessThan(100);
    expect(Number(response.headers["ratelimit-reset"])).toBeGreaterThan(0);
    expect(response.headers["x-request-id"]).toBeTruthy();
  });

  it("accepts a trailing slash and a test-mode key", async () => {
    const testKey = await createTenant(t.database.db, { test: true });
    const response = await call(t.app, "GET", "/api/v1/auth/validate/", { key: testKey.key });
    expect(response.statusCode).toBe(200);
    expect(response.body_json.valid).toBe(true);
  });

  it("records last_used_at (written in batches, within a sync tick)", async () => {
    await call(t.app, "GET", "/api/v1/auth/validate", { key: owner.key });
    await vi.waitFor(async () => {
      const row = await t.database.db.selectFrom("api_keys").select("last_used_at").where("id", "=", owner.keyId).executeTakeFirstOrThrow();
      expect(row.last_used_at).not.toBeNull();
    }, { timeout: 5_000, interval: 100 });
  });

  it("never stores the key itself", async () => {
    const rows = await t.database.db.selectFrom("api_keys").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(owner.key);
  });

  standardSecurityChecks({ testApp: () => t, owner: () => owner }, { method: "GET", url: () => "/api/v1/auth/validate", scopes: [] });
});

describe("GET /health", () => {
  it("needs no key", async () => {
    const response = await call(t.app, "GET", "/health");
    expect(response.statusCode).toBe(200);
    expect(response.body_json).toEqual({ service: "OpenProspect API", status: "healthy" });
  });
});
