import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProspectSearch } from "../../src/core/prospect-searches/create.ts";
import { addKey, type TestTenant } from "../support/fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { createRoomyTenant } from "../blacklists/roomy-tenant.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let searchId: string;
const url = () => `/api/v1/prospect-searches/${searchId}`;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createRoomyTenant(t.database.db);
  other = await createRoomyTenant(t.database.db, "Other org");
  searchId = (await createProspectSearch(t.database.db, { organizationId: owner.organizationId, testMode: false }, {
    name: "DACH SaaS",
    ideal_customer_profile: "B2B SaaS",
    target_countries: ["DE"],
    search_keywords: ["saas"],
  })).id;
});
afterAll(() => t.close());

const patch = (body: object, key = owner.key) => call(t.app, "PATCH", url(), { key, body });

describe("GET prospect searches", () => {
  it("lists with counts and gets the full object with its version", async () => {
    const list = await call(t.app, "GET", "/api/v1/prospect-searches?limit=10", { key: owner.key });
    expect(list.body_json).toMatchObject({ total: 1, limit: 10, offset: 0, has_more: false });
    expect(list.body_json.items[0]).toMatchObject({ id: searchId, name: "DACH SaaS", status: "ACTIVE", counts: { companies: 0, orders: 0 } });
    const one = await call(t.app, "GET", url(), { key: owner.key });
    expect(one.body_json).toMatchObject({ id: searchId, version: 1, search_keywords: ["saas"], target_countries: ["DE"], language_config: { output_language: "en" } });
  });
});

describe("ICP reading", () => {
  it("is derived on create, follows a changed ICP and can be corrected with PATCH", async () => {
    const tenant = { organizationId: owner.organizationId, testMode: false };
    const id = (await createProspectSearch(t.database.db, tenant, {
      name: "Tax advisers", ideal_customer_profile: "Steuerberater in Bayern mit 5–20 Mitarbeitern, keine Kliniken", target_industries: ["Zahnärzte"], target_countries: ["DE"],
    })).id;
    const path = `/api/v1/prospect-searches/${id}`;
    const read = await call(t.app, "GET", path, { key: owner.key });
    expect(read.body_json.icp_reading).toMatchObject({
      industries: { include: ["69.20", "86.23"], exclude: ["86"] }, countries: ["DE"], regions: [{ name: "Bayern", country: "DE" }], size: { min: 5, max: 20 },
    });
    const reread = await call(t.app, "PATCH", path, { key: owner.key, body: { version: 1, ideal_customer_profile: "Softwarehäuser in Wien" } });
    expect(reread.statusCode).toBe(200);
    expect(reread.body_json.icp_reading).toMatchObject({ industries: { include: ["62", "86.23"], exclude: [] }, regions: [{ name: "Wien", country: "AT" }] });
    const corrected = { ...reread.body_json.icp_reading, industries: { include: ["62.01"], exclude: [], matched: [] } };
    const fixed = await call(t.app, "PATCH", path, { key: owner.key, body: { version: 2, icp_reading: corrected } });
    expect(fixed.body_json.icp_reading.industries).toEqual({ include: ["62.01"], exclude: [], matched: [] });
    const bad = await call(t.app, "PATCH", path, { key: owner.key, body: { version: 3, icp_reading: { ...corrected, industries: { include: ["XYZ"], exclude: [] } } } });
    expect(bad.statusCode).toBe(422);
  });
});

describe("PATCH /api/v1/prospect-searches/{id}", () => {
  it("updates the fields present, bumps the version and strips admin-only fields", async () => {
    const current = (await call(t.app, "GET", url(), { key: owner.key })).body_json.version;
    const response = await patch({ version: current, name: "DACH SaaS buyers", search_keywords: ["hacked"], geo_locations: [] });
    expect(response.statusCode).toBe(200);
    expect(response.body_json).toMatchObject({ name: "DACH SaaS buyers", version: current + 1, search_keywords: ["saas"] });
    expect(response.body_json.stripped_fields.sort()).toEqual(["geo_locations", "search_keywords"]);
  });

  it("honours update_mask: only masked fields change, masked fields must be present", async () => {
    const version = (await call(t.app, "GET", url(), { key: owner.key })).body_json.version;
    const masked = await patch({ version, update_mask: ["status"], status: "PAUSED", name: "ignored" });
    expect(masked.body_json).toMatchObject({ status: "PAUSED", name: "DACH SaaS buyers", stripped_fields: [] });
    const missing = await patch({ version: version + 1, update_mask: ["name"] });
    expect(missing.statusCode).toBe(422);
    expect(missing.body_json.details.errors[0].field).toBe("update_mask[0]");
  });

  it("a stale version is 409 VERSION_CONFLICT with the current version", async () => {
    const response = await patch({ version: 1, name: "stale" });
    expect(response.statusCode).toBe(409);
    expect(response.body_json.code).toBe("VERSION_CONFLICT");
    expect(response.body_json.details.current_version).toBeGreaterThan(1);
  });

  it("read-only fields and a missing version are 422 naming the field", async () => {
    const readOnly = await patch({ version: 1, language_config: { output_language: "de" } });
    expect(readOnly.statusCode).toBe(422);
    expect(readOnly.body_json.details.errors[0]).toMatchObject({ field: "language_config", message: expect.stringContaining("read-only") });
    const noVersion = await patch({ name: "x" });
    expect(noVersion.body_json.details.errors[0].field).toBe("version");
    expect((await patch({ version: 1, target_countries: ["XX"] })).statusCode).toBe(422);
  });

  it("20 concurrent PATCHes with the same version: exactly one succeeds", async () => {
    const version = (await call(t.app, "GET", url(), { key: owner.key })).body_json.version;
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => patch({ version, name: `racer ${i}` })));
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((code) => code === 200)).toHaveLength(1);
    expect(codes.filter((code) => code === 409)).toHaveLength(19);
    expect((await call(t.app, "GET", url(), { key: owner.key })).body_json.version).toBe(version + 1);
  });

  it("test-mode keys cannot see live prospect searches", async () => {
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    expect((await call(t.app, "GET", url(), { key: testKey.key })).body_json.code).toBe("PROSPECT_SEARCH_NOT_FOUND");
    expect((await call(t.app, "GET", "/api/v1/prospect-searches", { key: testKey.key })).body_json.total).toBe(0);
  });
});

describe("security", () => {
  const ctx = { testApp: () => t, owner: () => owner };
  const otherKey = () => other.key;
  standardSecurityChecks(ctx, { method: "GET", url: () => "/api/v1/prospect-searches", scopes: ["prospect_searches:read"] });
  standardSecurityChecks(ctx, { method: "GET", url, scopes: ["prospect_searches:read"], crossTenant: { otherKey, expectedCode: "PROSPECT_SEARCH_NOT_FOUND" } });
  standardSecurityChecks(ctx, { method: "PATCH", url, scopes: ["prospect_searches:write"], body: () => ({ version: 1, name: "x" }), crossTenant: { otherKey, expectedCode: "PROSPECT_SEARCH_NOT_FOUND" } });
});
