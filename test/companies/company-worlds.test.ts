import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCompany } from "../../src/core/companies/find-or-create.ts";
import { linkCompanyToSearch } from "../../src/core/companies/link-to-search.ts";
import { mergeCompanies } from "../../src/core/companies/merge.ts";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import type { Tenant } from "../../src/core/context.ts";
import { findDiscoveryCandidates } from "../../src/core/discovery/find-candidates.ts";
import { findFreshCompany } from "../../src/core/enrichment/find-fresh-company.ts";
import { resolveWebsite } from "../../src/core/enrichment/resolve-website.ts";
import { createProspectSearch } from "../../src/core/prospect-searches/create.ts";
import { extraction } from "../support/companies-fixtures.ts";
import { createTenant } from "../support/fixtures.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

let t: TestDatabase;
let live: Tenant;
let test: Tenant;
beforeAll(async () => {
  t = await createTestDatabase();
  const organization = await createTenant(t.db);
  live = { organizationId: organization.organizationId, testMode: false };
  test = { organizationId: organization.organizationId, testMode: true };
});
afterAll(() => t.close());

const crawledAt = "2024-05-01T00:00:00.000Z";
const record = (testMode: boolean, site: ReturnType<typeof extraction>) =>
  recordSiteExtraction(t.db, { testMode, extraction: site, websiteUrl: `https://${site.domain}/`, crawledAt }).then((r) => r.companyId);
const company = (id: string) => t.db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("companies live in one world: test or live", () => {
  it("one domain is two companies, and a test crawl's facts never reach the live record (nor the reverse)", async () => {
    const liveId = await record(false, extraction("two-worlds.de", { name: "Two Worlds GmbH", phones: ["+4930111"] }));
    const testId = await record(true, extraction("two-worlds.de", { name: "Demo Two Worlds GmbH", phones: ["+4930999"], register: { court: "Amtsgericht Demo", number: "HRB 999" } }));
    expect(testId).not.toBe(liveId);
    expect(await company(liveId)).toMatchObject({ test_mode: false, name: "Two Worlds GmbH", phone: "+4930111", register_number: null });
    expect(await company(testId)).toMatchObject({ test_mode: true, name: "Demo Two Worlds GmbH", phone: "+4930999", register_number: "HRB 999" });
    const liveValues = await t.db.selectFrom("company_observations").select("value").where("company_id", "=", liveId).execute();
    expect(JSON.stringify(liveValues)).not.toMatch(/Demo|HRB 999|4930999/);
    // A second live crawl still resolves to the live record.
    expect(await record(false, extraction("two-worlds.de", { name: "Two Worlds GmbH" }))).toBe(liveId);
  });

  it("resolves by register number and by name + city only inside the world", async () => {
    const testByRegister = await record(true, extraction("register-a.de", { name: "Register A", register: { court: "AG Köln", number: "HRB 4242" } }));
    const identity = { domain: null, registerNumber: "HRB 4242", name: null, city: null, crawledAt };
    expect(await findOrCreateCompany(t.db, { ...identity, testMode: true })).toBe(testByRegister);
    const liveByRegister = await findOrCreateCompany(t.db, { ...identity, testMode: false });
    expect(liveByRegister).not.toBe(testByRegister);
    expect((await company(liveByRegister)).test_mode).toBe(false);

    const testByName = await record(true, extraction("name-city.de", { name: "Bäckerei Welt", city: "Hamburg" }));
    const named = { domain: null, registerNumber: null, name: "bäckerei welt", city: "HAMBURG", crawledAt };
    expect(await findOrCreateCompany(t.db, { ...named, testMode: true })).toBe(testByName);
    expect(await findOrCreateCompany(t.db, { ...named, testMode: false })).not.toBe(testByName);
  });

  it("reuses a fresh crawl and resolves a website by name only from the caller's world", async () => {
    const testId = await record(true, extraction("fresh-test-only.de", { name: "Fresh Test Only", city: "Bonn" }));
    await t.db.updateTable("companies").set({ crawled_at: sql<string>`now()` }).where("id", "=", testId).execute();
    expect(await findFreshCompany(t.db, true, "https://fresh-test-only.de/", 30)).toBe(testId);
    expect(await findFreshCompany(t.db, false, "https://fresh-test-only.de/", 30)).toBeNull();
    const byName = { company_name: "Fresh Test Only", website_url: null, city: "Bonn" };
    expect(await resolveWebsite(t.db, true, byName)).toBe("https://fresh-test-only.de/");
    expect(await resolveWebsite(t.db, false, byName)).toBeNull();
  });

  it("never links a company of the other world into a search, and the database refuses it too", async () => {
    const liveSearch = await createProspectSearch(t.db, live, { name: "Live search" });
    const testSearch = await createProspectSearch(t.db, test, { name: "Test search" });
    const testId = await record(true, extraction("link-test.de", { name: "Link Test" }));
    const liveId = await record(false, extraction("link-live.de", { name: "Link Live" }));
    await expect(linkCompanyToSearch(t.db, live, liveSearch.id, testId)).rejects.toMatchObject({ status: 404 });
    await expect(linkCompanyToSearch(t.db, test, testSearch.id, liveId)).rejects.toMatchObject({ status: 404 });
    await linkCompanyToSearch(t.db, test, testSearch.id, testId);
    const crossing = t.db
      .insertInto("search_companies")
      .values({ prospect_search_id: liveSearch.id, company_id: testId, organization_id: live.organizationId, test_mode: false })
      .execute();
    await expect(crossing).rejects.toThrow(/search_companies_company_same_world/);
    const crossingDelivery = t.db
      .insertInto("deliveries")
      .values({ id: crypto.randomUUID(), organization_id: live.organizationId, test_mode: false, prospect_search_id: liveSearch.id, company_id: testId })
      .execute();
    await expect(crossingDelivery).rejects.toThrow(/deliveries_company_same_world/);
  });

  it("refuses to merge a test company into a live one", async () => {
    const testId = await record(true, extraction("merge-test.de", { name: "Merge" }));
    const liveId = await record(false, extraction("merge-live.de", { name: "Merge" }));
    await expect(mergeCompanies(t.db, testId, liveId)).rejects.toMatchObject({ status: 409, code: "WORLDS_DIFFER" });
    expect((await company(testId)).merged_into).toBeNull();
  });

  it("discovers only companies of the caller's world", async () => {
    const description = "Boutique hotel with spa";
    const liveId = await record(false, extraction("discover-live.de", { name: "Discover Live", country: "DE", description }));
    const testId = await record(true, extraction("discover-test.de", { name: "Discover Test", country: "DE", description }));
    const targets = { target_countries: ["DE"], target_cities: [], target_industries: ["hotel"], excluded_industries: [], search_keywords: [] };
    const liveSearch = await createProspectSearch(t.db, live, { name: "Hotels", target_countries: ["DE"], target_industries: ["hotel"] });
    const testSearch = await createProspectSearch(t.db, test, { name: "Hotels", target_countries: ["DE"], target_industries: ["hotel"] });
    const liveFound = (await findDiscoveryCandidates(t.db, live, { id: liveSearch.id, ...targets }, [])).map((c) => c.companyId);
    const testFound = (await findDiscoveryCandidates(t.db, test, { id: testSearch.id, ...targets }, [])).map((c) => c.companyId);
    expect(liveFound).toContain(liveId);
    expect(liveFound).not.toContain(testId);
    expect(testFound).toContain(testId);
    expect(testFound).not.toContain(liveId);
  });
});
