import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { addKey, createTenant, type TestTenant } from "../support/fixtures.ts";
import { createProspectSearch, raiseRateLimit, tenantOf } from "../support/companies-fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let searchId: string;
let destinationId: string;

const body = { type: "webhook", url: "https://crm.example.com/hooks/openprospect", auth_type: "bearer", auth_token: "crm-secret-token" };
const base = () => `/api/v1/deliveries/${searchId}/destinations`;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
  other = await createTenant(t.database.db, { name: "Other" });
  await raiseRateLimit(t.database.db, owner.organizationId);
  searchId = await createProspectSearch(t.database.db, tenantOf(owner));
  destinationId = (await call(t.app, "POST", base(), { key: owner.key, body })).body_json.id;
});
afterAll(() => t.close());

describe("webhook destinations", () => {
  it("creates a destination and shows a Standard Webhooks secret once", async () => {
    const created = await call(t.app, "POST", base(), { key: owner.key, body: { type: "webhook", url: "http://localhost:8080/in" } });
    expect(created.statusCode).toBe(201);
    expect(created.body_json).toMatchObject({ prospect_search_id: searchId, type: "webhook", url: "http://localhost:8080/in", auth_type: "none", status: "active" });
    const secret: string = created.body_json.signing_secret;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const signed = new Webhook(secret).sign("msg_1", new Date(), "{}");
    expect(signed).toMatch(/^v1,/);
    const read = JSON.stringify((await call(t.app, "GET", base(), { key: owner.key })).body_json);
    expect(read).not.toContain(secret);
    expect(read).not.toContain("crm-secret-token");
    expect(read).not.toContain("whsec_");
  });

  it("validates url and auth", async () => {
    const bad = [
      { ...body, url: "/relative" },
      { ...body, url: "ftp://crm.example.com/x" },
      { ...body, url: "https://user:pass@crm.example.com/x" },
      { ...body, auth_token: undefined },
      { type: "webhook", url: body.url, auth_type: "none", auth_token: "x" },
      { ...body, type: "email" },
      { ...body, extra: true },
    ];
    for (const payload of bad) {
      const response = await call(t.app, "POST", base(), { key: owner.key, body: payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
    }
  });

  it("gets, lists and deletes; test mode and other organizations see nothing", async () => {
    const got = await call(t.app, "GET", `${base()}/${destinationId}`, { key: owner.key });
    expect(got.body_json).toMatchObject({ id: destinationId, auth_type: "bearer", url: body.url });
    expect(got.body_json.auth_token).toBeUndefined();
    expect(got.body_json.signing_secret).toBeUndefined();
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    expect((await call(t.app, "GET", `${base()}/${destinationId}`, { key: testKey.key })).statusCode).toBe(404);
    const extra = (await call(t.app, "POST", base(), { key: owner.key, body })).body_json.id;
    const deleted = await call(t.app, "DELETE", `${base()}/${extra}`, { key: owner.key });
    expect(deleted.statusCode).toBe(204);
    expect((await call(t.app, "DELETE", `${base()}/${extra}`, { key: owner.key })).body_json.code).toBe("WEBHOOK_DESTINATION_NOT_FOUND");
  });

  const ctx = { testApp: () => t, owner: () => owner };
  const crossTenant = (expectedCode: string) => ({ otherKey: () => other.key, expectedCode });
  standardSecurityChecks(ctx, { method: "POST", url: base, body: () => body, scopes: ["deliveries:write"], crossTenant: crossTenant("PROSPECT_SEARCH_NOT_FOUND") });
  standardSecurityChecks(ctx, { method: "GET", url: base, scopes: ["deliveries:read"], crossTenant: crossTenant("PROSPECT_SEARCH_NOT_FOUND") });
  standardSecurityChecks(ctx, { method: "GET", url: () => `${base()}/${destinationId}`, scopes: ["deliveries:read"], crossTenant: crossTenant("WEBHOOK_DESTINATION_NOT_FOUND") });
  standardSecurityChecks(ctx, { method: "DELETE", url: () => `${base()}/${destinationId}`, scopes: ["deliveries:write"], crossTenant: crossTenant("WEBHOOK_DESTINATION_NOT_FOUND") });
});
