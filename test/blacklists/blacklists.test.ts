import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProspectSearch } from "../../src/core/prospect-searches/create.ts";
import { addKey, type TestTenant } from "../support/fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { createRoomyTenant } from "./roomy-tenant.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let blacklistId: string;
let searchId: string;
const tenantOf = (tenant: TestTenant, testMode = false) => ({ organizationId: tenant.organizationId, testMode });

beforeAll(async () => {
  t = await startTestApp();
  owner = await createRoomyTenant(t.database.db);
  other = await createRoomyTenant(t.database.db, "Other org");
  blacklistId = (await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Customers" } })).body_json.id;
  searchId = (await createProspectSearch(t.database.db, tenantOf(owner), { name: "DACH SaaS" })).id;
});
afterAll(() => t.close());

describe("the documented blacklist flow", () => {
  it("create → bulk add → list entries → assign to a prospect search → list assigned", async () => {
    const created = await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Competitors", description: "Do not contact" } });
    expect(created.statusCode).toBe(201);
    expect(created.body_json).toMatchObject({ name: "Competitors", description: "Do not contact", entry_count: 0 });
    const id = created.body_json.id;
    const added = await call(t.app, "POST", `/api/v1/blacklists/${id}/entries`, {
      key: owner.key,
      body: {
        entries: [
          { company_name: "Acme GmbH", website_url: "https://www.acme.de/kontakt", city: "Berlin", country: "DE", external_id: "CRM-1" },
          { company_name: "Beta AG", city: "München" },
          { website_url: "shop.gamma.co.uk" },
          { company_name: "ACME GmbH", website_url: "acme.de", city: "BERLIN", external_id: "CRM-1" },
          { city: "Hamburg" },
          { company_name: "Delta", website_url: "not a url" },
        ],
      },
    });
    expect(added.statusCode).toBe(200);
    // "Delta" keeps blocking by its name although its website is unusable.
    expect(added.body_json).toEqual({
      added: 4,
      duplicates: 1,
      invalid: 1,
      invalid_entries: [{ index: 4, reason: expect.stringContaining("At least one of") }],
      warnings: [{ index: 5, reason: expect.stringContaining("website_url") }],
    });
    const again = await call(t.app, "POST", `/api/v1/blacklists/${id}/entries`, { key: owner.key, body: { entries: [{ company_name: "beta", city: "Muenchen" }] } });
    expect(again.body_json).toMatchObject({ added: 0, duplicates: 1, invalid: 0 });
    const entries = await call(t.app, "GET", `/api/v1/blacklists/${id}/entries?limit=2`, { key: owner.key });
    expect(entries.body_json).toMatchObject({ total: 4, limit: 2, offset: 0, has_more: true });
    expect(entries.body_json.items[0]).toMatchObject({ company_name: "Acme GmbH", domain: "acme.de", external_id: "CRM-1", country: "DE" });
    const assigned = await call(t.app, "PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: owner.key, body: { blacklist_ids: [id, blacklistId] } });
    expect(assigned.statusCode).toBe(200);
    const listed = await call(t.app, "GET", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: owner.key });
    expect(listed.body_json.items.map((b: { id: string }) => b.id).sort()).toEqual([id, blacklistId].sort());
    expect(listed.body_json.items.find((b: { id: string }) => b.id === id).entry_count).toBe(4);
  });

  it("get, list, rename and delete a blacklist; delete entries by id without leaking", async () => {
    const id = (await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Temp" } })).body_json.id;
    await call(t.app, "POST", `/api/v1/blacklists/${id}/entries`, { key: owner.key, body: { entries: [{ company_name: "One" }, { company_name: "Two" }] } });
    const patched = await call(t.app, "PATCH", `/api/v1/blacklists/${id}`, { key: owner.key, body: { name: "Renamed", description: null } });
    expect(patched.body_json).toMatchObject({ name: "Renamed", description: null, entry_count: 2 });
    const list = await call(t.app, "GET", "/api/v1/blacklists", { key: owner.key });
    expect(list.body_json).toMatchObject({ limit: 50, offset: 0, has_more: false });
    expect(list.body_json.items.map((b: { id: string }) => b.id)).toContain(id);
    const entryIds = (await call(t.app, "GET", `/api/v1/blacklists/${id}/entries`, { key: owner.key })).body_json.items.map((e: { id: string }) => e.id);
    const foreign = (await call(t.app, "GET", `/api/v1/blacklists/${blacklistId}/entries`, { key: owner.key })).body_json.items.map((e: { id: string }) => e.id);
    const deleted = await call(t.app, "DELETE", `/api/v1/blacklists/${id}/entries`, { key: owner.key, body: { entry_ids: [entryIds[0], ...foreign] } });
    expect(deleted.body_json).toEqual({ deleted: 1 });
    expect((await call(t.app, "DELETE", `/api/v1/blacklists/${id}`, { key: owner.key })).statusCode).toBe(204);
    expect((await call(t.app, "GET", `/api/v1/blacklists/${id}`, { key: owner.key })).body_json.code).toBe("BLACKLIST_NOT_FOUND");
  });

  it("PUT assignments refuses another organization's blacklist with the documented 404, and writes nothing", async () => {
    const foreign = (await call(t.app, "POST", "/api/v1/blacklists", { key: other.key, body: { name: "Theirs" } })).body_json.id;
    const response = await call(t.app, "PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: owner.key, body: { blacklist_ids: [blacklistId, foreign] } });
    expect(response.statusCode).toBe(404);
    expect(response.body_json).toMatchObject({ code: "BLACKLIST_NOT_FOUND", resource_type: "Blacklist", identifier: foreign });
    expect(JSON.stringify(response.body_json)).not.toContain(other.organizationId);
    const listed = await call(t.app, "GET", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: owner.key });
    expect(listed.body_json.items).toHaveLength(2);
    const cleared = await call(t.app, "PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: owner.key, body: { blacklist_ids: [] } });
    expect(cleared.body_json.items).toEqual([]);
  });
});

describe("bad input", () => {
  it("10,001 entries is 422; 10,000 are accepted", async () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ company_name: `Company ${i}`, website_url: `https://c${i}.example.de` }));
    const tooMany = await call(t.app, "POST", `/api/v1/blacklists/${blacklistId}/entries`, { key: owner.key, body: { entries: entries(10_001) } });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.body_json.details.errors[0].field).toBe("entries");
    const full = await call(t.app, "POST", `/api/v1/blacklists/${blacklistId}/entries`, { key: owner.key, body: { entries: entries(10_000) } });
    expect(full.body_json).toMatchObject({ added: 10_000, duplicates: 0, invalid: 0 });
  });

  it("oversized strings, unknown fields and empty lists are 422 naming the field", async () => {
    const url = `/api/v1/blacklists/${blacklistId}/entries`;
    const long = await call(t.app, "POST", url, { key: owner.key, body: { entries: [{ company_name: "x".repeat(501) }] } });
    expect(long.statusCode).toBe(422);
    expect(long.body_json.details.errors[0].field).toBe("entries[0].company_name");
    const unknown = await call(t.app, "POST", url, { key: owner.key, body: { entries: [{ name: "x" }] } });
    expect(unknown.statusCode).toBe(422);
    expect((await call(t.app, "POST", url, { key: owner.key, body: { entries: [] } })).statusCode).toBe(422);
    expect((await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "x".repeat(201) } })).statusCode).toBe(422);
    expect((await call(t.app, "GET", "/api/v1/blacklists/not-a-uuid", { key: owner.key })).statusCode).toBe(422);
  });
});

describe("test mode", () => {
  it("test-key blacklists are invisible to live keys of the same organization, and the reverse", async () => {
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    const created = await call(t.app, "POST", "/api/v1/blacklists", { key: testKey.key, body: { name: "Sandbox" } });
    expect(created.statusCode).toBe(201);
    expect((await call(t.app, "GET", `/api/v1/blacklists/${created.body_json.id}`, { key: owner.key })).statusCode).toBe(404);
    expect((await call(t.app, "GET", `/api/v1/blacklists/${blacklistId}`, { key: testKey.key })).statusCode).toBe(404);
    const testList = await call(t.app, "GET", "/api/v1/blacklists", { key: testKey.key });
    expect(testList.body_json.items.map((b: { id: string }) => b.id)).toEqual([created.body_json.id]);
    const assign = await call(t.app, "PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: testKey.key, body: { blacklist_ids: [] } });
    expect(assign.body_json.code).toBe("PROSPECT_SEARCH_NOT_FOUND");
  });
});

describe("security", () => {
  const ctx = { testApp: () => t, owner: () => owner };
  const otherKey = () => other.key;
  const bl = () => `/api/v1/blacklists/${blacklistId}`;
  const ps = () => `/api/v1/prospect-searches/${searchId}/blacklists`;
  standardSecurityChecks(ctx, { method: "POST", url: () => "/api/v1/blacklists", scopes: ["blacklists:write"], body: () => ({ name: "x" }) });
  standardSecurityChecks(ctx, { method: "GET", url: () => "/api/v1/blacklists", scopes: ["blacklists:read"] });
  standardSecurityChecks(ctx, { method: "GET", url: bl, scopes: ["blacklists:read"], crossTenant: { otherKey, expectedCode: "BLACKLIST_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "PATCH", url: bl, scopes: ["blacklists:write"], body: () => ({ name: "y" }), crossTenant: { otherKey, expectedCode: "BLACKLIST_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "POST", url: () => `${bl()}/entries`, scopes: ["blacklists:write"], body: () => ({ entries: [{ company_name: "Zeta" }] }), crossTenant: { otherKey, expectedCode: "BLACKLIST_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "GET", url: () => `${bl()}/entries`, scopes: ["blacklists:read"], crossTenant: { otherKey, expectedCode: "BLACKLIST_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "DELETE", url: () => `${bl()}/entries`, scopes: ["blacklists:write"], body: () => ({ entry_ids: [blacklistId] }), crossTenant: { otherKey, expectedCode: "BLACKLIST_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "GET", url: ps, scopes: ["blacklists:read"], crossTenant: { otherKey, expectedCode: "PROSPECT_SEARCH_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "PUT", url: ps, scopes: ["blacklists:write"], body: () => ({ blacklist_ids: [] }), crossTenant: { otherKey, expectedCode: "PROSPECT_SEARCH_NOT_FOUND" } });
  // Last: a successful DELETE by the owner would remove the shared fixture.
  standardSecurityChecks(ctx, { method: "DELETE", url: bl, scopes: ["blacklists:write"], crossTenant: { otherKey, expectedCode: "BLACKLIST_NOT_FOUND" } });
});
