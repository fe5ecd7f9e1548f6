import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { createProspectSearch } from "../../src/core/prospect-searches/create.ts";
import { extraction } from "../support/companies-fixtures.ts";
import type { IndustryFacts } from "../../src/engine/types.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";
import { importThroughApi } from "../support/company-imports.ts";
import { startFixtureWeb, type FixtureWeb } from "../support/fixture-web.ts";

let t: TestApp;
let owner: TestTenant;
let web: FixtureWeb;

// Companies an operator imported; crawled recently, so their facts (the site's industry classification among
// them) are fresh and need no crawl. A name or description word alone never qualifies (ADR 0075).
const HOTEL: IndustryFacts = { nace_section: "I", nace_division: "55", nace_code: "55.10", label: "Hotels and similar accommodation", confidence: 0.6, evidence: [] };
const BAKERY: IndustryFacts = { nace_section: "C", nace_division: "10", nace_code: "10.71", label: "Manufacture of bread", confidence: 0.6, evidence: [] };

async function knownCompany(domain: string, country: string, description: string, industry: IndustryFacts): Promise<void> {
  await recordSiteExtraction(t.database.db, {
    testMode: false,
    extraction: extraction(domain, { name: domain.split(".")[0], country, city: "Berlin", description, industry }),
    websiteUrl: `https://${domain}/`,
    crawledAt: new Date().toISOString(),
  });
}

beforeAll(async () => {
  t = await startTestApp({ workers: true, ports: async (db) => (web = await startFixtureWeb(db)).ports });
  owner = await createTenant(t.database.db);
  await knownCompany("hotel-one.de", "DE", "Boutique hotel with 40 rooms", HOTEL);
  await knownCompany("hotel-two.de", "DE", "Family hotel and restaurant", HOTEL);
  await knownCompany("hotel-three.de", "DE", "Design hotel in the city centre", HOTEL);
  await knownCompany("hotel-abroad.fr", "FR", "Hotel in Paris", HOTEL);
  await knownCompany("bakery.de", "DE", "Traditional bakery", BAKERY);
  const listed = ["hotel-one.de", "hotel-two.de", "hotel-three.de", "hotel-abroad.fr", "bakery.de"].map((d) => `${d.split(".")[0]},https://${d}/`);
  const imported = await importThroughApi(t, `name,website\n${listed.join("\n")}\n`, { format: "generic", source: "hotels" }, "text/csv");
  expect(imported).toMatchObject({ status: "SUCCEEDED", rows_imported: 5 });
});
afterAll(async () => {
  await t.close();
  await web.close();
});

describe("DISCOVERY orders", () => {
  it("deliver up to briefing_quantity qualified new companies, never blacklisted ones", async () => {
    const tenant = { organizationId: owner.organizationId, testMode: false };
    const { id: profileId } = await createProspectSearch(t.database.db, tenant, { name: "Hotels in Germany", target_countries: ["DE"], target_industries: ["hotel"] });
    const blacklist = await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "Customers" } });
    await call(t.app, "POST", `/api/v1/blacklists/${blacklist.body_json.id}/entries`, { key: owner.key, body: { entries: [{ website_url: "https://www.hotel-two.de" }] } });

    const created = await call(t.app, "POST", "/api/v1/orders", {
      key: owner.key,
      body: { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: 5, blacklist_ids: [blacklist.body_json.id] },
    });
    expect(created.statusCode).toBe(201);
    const orderId = created.body_json.order_id;
    await call(t.app, "POST", `/api/admin/v1/orders/${orderId}/accept`, { key: t.adminKey });
    const order = await waitFor(async () => {
      const o = (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key })).body_json;
      return o.status === "COMPLETED" ? o : null;
    });
    expect(order.progress).toMatchObject({ total: 5, processed: 2, succeeded: 2 });
    const results = (await call(t.app, "GET", `/api/v1/orders/${orderId}/results`, { key: owner.key })).body_json;
    const domains = results.items.map((r: { company: { domain: string } }) => r.company.domain).sort();
    expect(domains).toEqual(["hotel-one.de", "hotel-three.de"]);
    expect(results.items.every((r: { source_id: null; match_score: number }) => r.source_id === null && r.match_score >= 6)).toBe(true);
    const feed = (await call(t.app, "GET", `/api/v1/deliveries/${profileId}/companies`, { key: owner.key })).body_json;
    expect(feed.items).toHaveLength(2);

    // a second order without that blacklist gets only what the search has not had yet
    const again = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body: { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: 5 } });
    await call(t.app, "POST", `/api/admin/v1/orders/${again.body_json.order_id}/accept`, { key: t.adminKey });
    const second = await waitFor(async () => {
      const o = (await call(t.app, "GET", `/api/v1/orders/${again.body_json.order_id}`, { key: owner.key })).body_json;
      return o.status === "COMPLETED" ? o : null;
    });
    expect(second.progress).toMatchObject({ processed: 1, succeeded: 1 });
    const secondResults = (await call(t.app, "GET", `/api/v1/orders/${again.body_json.order_id}/results`, { key: owner.key })).body_json;
    expect(secondResults.items.map((r: { company: { domain: string } }) => r.company.domain)).toEqual(["hotel-two.de"]);
  }, 90_000);

  it("say in the shortfall message that the crawl budget ran out when candidates were passed over for it", async () => {
    const other = await createTenant(t.database.db);
    // budget = ceil(briefing_quantity × factor) = 1 crawl
    await t.database.db.updateTable("organizations").set({ discovery_crawl_factor: 0.2 }).where("id", "=", other.organizationId).execute();
    const uncrawled = ["inn-one.de", "inn-two.de", "inn-three.de"].map((d) => `${d},${d.split(".")[0]} hotel,https://${d}/,DE`);
    expect(await importThroughApi(t, `source_id,name,website,country\n${uncrawled.join("\n")}\n`, { format: "generic", source: "inns" }, "text/csv")).toMatchObject({ status: "SUCCEEDED" });
    const { id: profileId } = await createProspectSearch(t.database.db, { organizationId: other.organizationId, testMode: false }, { name: "Hotels", target_countries: ["DE"], target_industries: ["hotel"] });
    const created = await call(t.app, "POST", "/api/v1/orders", { key: other.key, body: { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: 5 } });
    await call(t.app, "POST", `/api/admin/v1/orders/${created.body_json.order_id}/accept`, { key: t.adminKey });
    const order = await waitFor(async () => {
      const o = (await call(t.app, "GET", `/api/v1/orders/${created.body_json.order_id}`, { key: other.key })).body_json;
      return o.status === "COMPLETED" ? o : null;
    });
    expect(order.progress).toMatchObject({ qualified: 3 });
    expect(order.message).toMatch(/Delivered 3 of 5: .*crawl budget of 1 crawls was spent/);
  }, 90_000);
});
