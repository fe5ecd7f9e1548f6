import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eraseCompany } from "../../src/core/companies/erase.ts";
import { mergeCompanies } from "../../src/core/companies/merge.ts";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { linkCompanyToSearch } from "../../src/core/companies/link-to-search.ts";
import { recordDelivery } from "../../src/core/deliveries/record.ts";
import { addKey, createTenant, type TestTenant } from "../support/fixtures.ts";
import { createProspectSearch, deliverCompany, extraction, person, raiseRateLimit, tenantOf } from "../support/companies-fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let searchId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db, { preset: "read_only" });
  other = await createTenant(t.database.db, { name: "Other" });
  await raiseRateLimit(t.database.db, owner.organizationId);
  searchId = await createProspectSearch(t.database.db, tenantOf(owner), "Feed search");
});
afterAll(() => t.close());

const feed = (query = "", key = owner.key) => call(t.app, "GET", `/api/v1/deliveries/${searchId}/companies${query}`, { key });
const deliver = (domain: string, name: string) =>
  deliverCompany(t.database.db, tenantOf(owner), searchId, extraction(domain, { name }, { people: [person(`${name} Owner`, { email: `boss@${domain}`, email_method: "mailto" })] }), { match_score: 7 });

describe("client integration flow", () => {
  it("validate → pull delivered companies → incremental pulls with delivered_since and cursor → erased/merged withdrawals", async () => {
    expect((await call(t.app, "GET", "/api/v1/auth/validate", { key: owner.key })).body_json.valid).toBe(true);
    const first = await deliver("flow-one.de", "Flow One");
    const second = await deliver("flow-two.de", "Flow Two");

    const initial = await feed();
    expect(initial.statusCode).toBe(200);
    expect(initial.body_json).toMatchObject({ total: 2, has_more: false, next_cursor: null, resume_cursor: expect.any(String) });
    expect(initial.body_json.items.map((i: any) => i.id)).toEqual([first, second]);
    expect(initial.body_json.items[0]).toMatchObject({
      event: "qualified", name: "Flow One", prospect_search_id: searchId, match_score: 7, delivery_id: expect.any(String),
      delivered_at: expect.any(String), prospects: [{ full_name: "Flow One Owner", email: "boss@flow-one.de" }], sources: { name: expect.any(Object) },
    });
    const lastSync = initial.body_json.items[1].delivered_at;
    const cursor = initial.body_json.resume_cursor;

    await new Promise((resolve) => setTimeout(resolve, 5));
    const third = await deliver("flow-three.de", "Flow Three");
    const since = await feed(`?delivered_since=${encodeURIComponent(lastSync)}`);
    expect(since.body_json.items.map((i: any) => i.id)).toEqual([third]);
    const byCursor = await feed(`?cursor=${cursor}`);
    expect(byCursor.body_json.items.map((i: any) => i.id)).toEqual([third]);

    await eraseCompany(t.database.db, first);
    await mergeCompanies(t.database.db, second, third);
    const withdrawals = await feed(`?cursor=${byCursor.body_json.resume_cursor}`);
    expect(withdrawals.body_json.items).toEqual([
      { id: first, prospect_search_id: searchId, event: "erased", delivery_id: expect.any(String), delivered_at: expect.any(String) },
      { id: second, prospect_search_id: searchId, event: "merged", merged_into: third, delivery_id: expect.any(String), delivered_at: expect.any(String) },
    ]);
    const everything = JSON.stringify((await feed()).body_json);
    expect(everything).not.toContain("boss@flow-one.de");
    expect(everything).not.toContain("Flow One");
    const erasedRead = await call(t.app, "GET", `/api/v1/companies/${first}`, { key: owner.key });
    expect(erasedRead.statusCode).toBe(404);
  });

  it("pages with limit and cursor without skipping, and rejects cursor + offset, bad cursors and dates", async () => {
    const all = (await feed("?limit=100")).body_json.items.map((i: any) => i.delivery_id);
    const seen: string[] = [];
    let cursor: string | null = "";
    let lastResume = "";
    // The documented client loop: follow next_cursor until it is null.
    for (let page = 0; page < 20 && cursor !== null; page++) {
      const response = await feed(`?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...response.body_json.items.map((i: any) => i.delivery_id));
      expect(response.body_json.next_cursor === null).toBe(!response.body_json.has_more);
      cursor = response.body_json.next_cursor;
      lastResume = response.body_json.resume_cursor;
    }
    expect(cursor).toBeNull();
    expect(seen).toEqual(all);
    cursor = lastResume;
    for (const query of [`?cursor=${cursor}&offset=1`, "?cursor=garbage", "?delivered_since=yesterday", "?limit=101"]) {
      const response = await feed(query);
      expect(response.statusCode, query).toBe(422);
    }
  });

  it("test-mode keys see their own feed only", async () => {
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    expect((await feed("", testKey.key)).statusCode).toBe(404);
  });

  standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
    method: "GET", url: () => `/api/v1/deliveries/${searchId}/companies`, scopes: ["companies:read", "prospects:read"],
    crossTenant: { otherKey: () => other.key, expectedCode: "PROSPECT_SEARCH_NOT_FOUND" },
  });
});

describe("recordDelivery, erasure and suppression", () => {
  it("delivers a company once per search unless re-qualified, idempotently per order", async () => {
    const tenant = tenantOf(owner);
    const search = await createProspectSearch(t.database.db, tenant, "Idempotency");
    const { companyId } = await recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("once.de", { name: "Once" }), websiteUrl: "https://once.de/", crawledAt: new Date().toISOString() });
    await linkCompanyToSearch(t.database.db, tenant, search, companyId);
    const input = { prospectSearchId: search, companyId, orderId: null };
    const first = await recordDelivery(t.database.db, tenant, input);
    const again = await recordDelivery(t.database.db, tenant, input);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ id: first.id, created: false });
    const requalified = await recordDelivery(t.database.db, tenant, { ...input, requalified: true });
    expect(requalified).toMatchObject({ id: first.id, created: false });
    await expect(recordDelivery(t.database.db, tenantOf(other), input)).rejects.toMatchObject({ code: "COMPANY_NOT_FOUND" });
  });

  it("refuses to collect an erased domain again", async () => {
    const { companyId } = await recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("gone.de", { name: "Gone" }), websiteUrl: "https://gone.de/", crawledAt: new Date().toISOString() });
    await eraseCompany(t.database.db, companyId);
    await expect(
      recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("gone.de", { name: "Gone" }), websiteUrl: "https://www.gone.de/", crawledAt: new Date().toISOString() }),
    ).rejects.toMatchObject({ code: "DOMAIN_SUPPRESSED" });
    const suppressed = await t.database.db.selectFrom("suppressions").selectAll().execute();
    expect(JSON.stringify(suppressed)).not.toContain("gone.de");
    const row = await t.database.db.selectFrom("companies").selectAll().where("id", "=", companyId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ domain: null, name: null, erased_at: expect.any(String) });
  });

  it("a merged company's later crawls land on the company it was merged into", async () => {
    const from = await recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("dup-a.de", { name: "Dup" }), websiteUrl: "https://dup-a.de/", crawledAt: new Date().toISOString() });
    const into = await recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("dup-b.de", { name: "Dup" }), websiteUrl: "https://dup-b.de/", crawledAt: new Date().toISOString() });
    await mergeCompanies(t.database.db, from.companyId, into.companyId);
    const later = await recordSiteExtraction(t.database.db, { testMode: false, extraction: extraction("dup-a.de", { name: "Dup" }), websiteUrl: "https://dup-a.de/", crawledAt: new Date().toISOString() });
    expect(later.companyId).toBe(into.companyId);
  });
});
