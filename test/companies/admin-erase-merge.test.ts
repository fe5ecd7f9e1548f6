import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { createProspectSearch, deliverCompany, extraction } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let searchId: string;
const tenant = () => ({ organizationId: owner.organizationId, testMode: false });

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
  searchId = await createProspectSearch(t.database.db, tenant());
});
afterAll(() => t.close());

describe("operator erasure and merge", () => {
  it("erases a delivered company: feed says erased, the domain is never collected again", async () => {
    const companyId = await deliverCompany(t.database.db, tenant(), searchId, extraction("erase-me.de", { name: "Erase Me" }));
    const erased = await call(t.app, "POST", `/api/admin/v1/companies/${companyId}/erase`, { key: t.adminKey });
    expect(erased.body_json).toEqual({ erased: true, notified_searches: 1 });
    const feed = (await call(t.app, "GET", `/api/v1/deliveries/${searchId}/companies`, { key: owner.key })).body_json;
    expect(feed.items.at(-1)).toMatchObject({ event: "erased", id: companyId });
    expect(JSON.stringify(feed.items.at(-1))).not.toContain("Erase Me");
    expect((await call(t.app, "GET", `/api/v1/companies/${companyId}`, { key: owner.key })).statusCode).toBe(404);
    await expect(recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("www.erase-me.de", { name: "Erase Me" }), websiteUrl: "https://www.erase-me.de/", crawledAt: new Date().toISOString() })).rejects.toMatchObject({ code: "DOMAIN_SUPPRESSED" });
  });

  it("merges a duplicate into another company", async () => {
    const a = await deliverCompany(t.database.db, tenant(), searchId, extraction("dup-a.de", { name: "Dup A" }));
    const b = await deliverCompany(t.database.db, tenant(), searchId, extraction("dup-b.de", { name: "Dup B" }));
    const merged = await call(t.app, "POST", `/api/admin/v1/companies/${a}/merge`, { key: t.adminKey, body: { into_company_id: b } });
    expect(merged.body_json).toEqual({ merged_into: b });
    const feed = (await call(t.app, "GET", `/api/v1/deliveries/${searchId}/companies`, { key: owner.key })).body_json;
    expect(feed.items.at(-1)).toMatchObject({ event: "merged", id: a, merged_into: b });
    expect((await call(t.app, "POST", `/api/admin/v1/companies/${a}/merge`, { key: t.adminKey, body: { into_company_id: a } })).statusCode).toBe(422);
  });

  it("is for operators only", async () => {
    expect((await call(t.app, "POST", "/api/admin/v1/companies/00000000-0000-4000-8000-000000000000/erase", { key: owner.key })).statusCode).toBe(401);
    expect((await call(t.app, "POST", "/api/admin/v1/companies/00000000-0000-4000-8000-000000000000/erase", { key: t.adminKey })).statusCode).toBe(404);
  });
});
