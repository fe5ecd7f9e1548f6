import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProspectSearch } from "../../src/core/prospect-searches/create.ts";
import { findDiscoveryCandidates } from "../../src/core/discovery/find-candidates.ts";
import { readDiscoveryIcp, withIcpCountries } from "../../src/core/discovery/read-icp.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";
import { importThroughApi } from "../support/company-imports.ts";
import { startFixtureWeb, type FixtureWeb } from "../support/fixture-web.ts";

let t: TestApp;
let owner: TestTenant;
let web: FixtureWeb;

beforeAll(async () => {
  t = await startTestApp({ workers: true, ports: async (db) => (web = await startFixtureWeb(db)).ports });
  owner = await createTenant(t.database.db);
  // The fixture web serves plain http (the proxy refuses CONNECT), so crawled URLs may be http://.
  // Only the general contractor is in the index; its partner page links a roofer, a French tiler and a video platform.
  const imported = await importThroughApi(t, "source_id,name,website,city,country\nb-1,Bauverbund Süd,https://bauverbund-sued.de/,Augsburg,DE\n", { format: "generic", source: "frontier-test" }, "text/csv");
  expect(imported).toMatchObject({ status: "SUCCEEDED", rows_imported: 1 });
});
afterAll(async () => {
  await t.close();
  await web.close();
});

const profile = { name: "Bau", ideal_customer_profile: "Bauunternehmen, Dachdecker und Zimmereien in Deutschland", target_countries: ["DE"] };

describe("the crawl frontier of a DISCOVERY order", () => {
  it("examines the companies a crawled site links to and delivers them with the linking page as provenance", async () => {
    const tenant = { organizationId: owner.organizationId, testMode: false };
    const { id: profileId } = await createProspectSearch(t.database.db, tenant, profile);
    const created = await call(t.app, "POST", "/api/v1/orders", { key: owner.key, body: { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: 4 } });
    expect(created.statusCode).toBe(201);
    const orderId = created.body_json.order_id;
    await call(t.app, "POST", `/api/admin/v1/orders/${orderId}/accept`, { key: t.adminKey });
    const order = await waitFor(async () => {
      const o = (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key })).body_json;
      return o.status === "COMPLETED" ? o : null;
    }, 120_000);
    const results = (await call(t.app, "GET", `/api/v1/orders/${orderId}/results`, { key: owner.key })).body_json;
    const domains = results.items.map((r: { company: { domain: string } }) => r.company.domain).sort();
    expect(domains).toEqual(["bauverbund-sued.de", "dachbau-keller.de"]);
    const keller = results.items.find((r: { company: { domain: string } }) => r.company.domain === "dachbau-keller.de");
    expect(keller.match_explanation).toContainEqual(expect.objectContaining({ criterion: "found", weight: 0, evidence: expect.stringMatching(/^linked from https?:\/\/bauverbund-sued\.de\/partner\.html \('Dachbau Keller/) }));
    // the French tiler is outside the profile's country (by its domain) and the video platform is no company: neither is a lead
    const leads = await t.database.db.selectFrom("discovery_leads as l").innerJoin("companies as c", "c.id", "l.company_id").select(["c.domain", "l.origin", "l.source_url", "l.organization_id"]).execute();
    expect(leads).toEqual([{ domain: "dachbau-keller.de", origin: "frontier", source_url: expect.stringMatching(/^https?:\/\/bauverbund-sued\.de\/partner\.html$/), organization_id: owner.organizationId }]);
    expect(order.progress).toMatchObject({ examined: 2, qualified: 2, rejected: 0 });
    expect(order.message).toMatch(/^Delivered 2 of 4: examined 2 candidates — 2 qualified, 0 scored below 6\/10, 0 could not be crawled; no further candidates/);
  }, 180_000);

  it("keeps one organization's leads from another organization's candidates", async () => {
    const other = await createTenant(t.database.db);
    const tenant = { organizationId: other.organizationId, testMode: false };
    const { id } = await createProspectSearch(t.database.db, tenant, profile);
    const search = withIcpCountries(await t.database.db.selectFrom("prospect_searches").select(["id", "ideal_customer_profile", "target_countries", "target_cities", "target_industries", "excluded_industries", "search_keywords"]).where("id", "=", id).executeTakeFirstOrThrow());
    const candidates = await findDiscoveryCandidates(t.database.db, tenant, search, readDiscoveryIcp(search), []);
    expect(candidates.map((c) => c.domain)).toEqual(["bauverbund-sued.de"]);
    const ownSearch = { ...search, id: (await createProspectSearch(t.database.db, { organizationId: owner.organizationId, testMode: false }, profile)).id };
    const own = await findDiscoveryCandidates(t.database.db, { organizationId: owner.organizationId, testMode: false }, ownSearch, readDiscoveryIcp(search), []);
    expect(own.map((c) => c.domain).sort()).toEqual(["bauverbund-sued.de", "dachbau-keller.de"]);
  }, 60_000);
});
