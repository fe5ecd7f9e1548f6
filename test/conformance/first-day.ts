import { describe, expect, it } from "vitest";
import { enrichOrderCompany } from "../../src/core/enrichment/enrich-order-company.ts";
import type { EnrichmentPort } from "../../src/core/enrichment/port.ts";
import { excludeBlacklistedRows } from "../../src/core/orders/exclude-blacklisted.ts";
import { startOrderFulfilment } from "../../src/core/orders/start-fulfilment.ts";
import { runSearchProfileBuild } from "../../src/core/search-profiles/run-build.ts";
import type { SiteExtraction } from "../../src/engine/types.ts";
import { createProspectSearch, deliverCompany, extraction, person, tenantOf } from "../support/companies-fixtures.ts";
import { addKey } from "../support/fixtures.ts";
import { NOWHERE, notFoundBody, world } from "./world.ts";

// Issue 12, "a client's first day": each point a first script or CRM sync ran into, checked
// against the documented shapes and codes.

const RECEIVED = { status: "RECEIVED", estimated_cost: null, message: "Order received. Awaiting admin review." };

/** The crawl engine's place in the pipeline, answering from extractions the test sets per host. */
const sites = new Map<string, SiteExtraction>();
const fixtureWeb: EnrichmentPort = {
  async analyzeWebsite(url) {
    const site = sites.get(new URL(url).hostname.replace(/^www\./, ""));
    return site ? { kind: "analyzed", extraction: site, pagesFetched: 1 } : { kind: "unreachable", reason: "dns_error: ENOTFOUND" };
  },
};

async function placeAndFulfil(body: Record<string, unknown>): Promise<string> {
  const created = await world.as("POST", "/api/v1/orders", { body: { order_type: "ENRICHMENT", ...body } });
  expect(created.statusCode).toBe(201);
  const orderId = created.body_json.order_id as string;
  await world.admin("POST", `/api/admin/v1/orders/${orderId}/accept`, { estimated_cost: 1 });
  const { db } = world.t.database;
  await startOrderFulfilment(db, world.t.jobs, orderId, excludeBlacklistedRows);
  const rows = await db.selectFrom("order_companies").select("id").where("order_id", "=", orderId).orderBy("position").execute();
  for (const row of rows) await enrichOrderCompany({ db, jobs: world.t.jobs, enrichment: fixtureWeb }, { orderId, rowId: row.id });
  return orderId;
}

export function firstDayScenarios(): void {
  describe("a client's first day (issue 12)", () => {
    it("companies[] rows with null or empty fields, as CRM exports write them, are accepted", async () => {
      const companies = [
        { company_name: "Leerfeld GmbH", external_id: "", website_url: "leerfeld.de", city: null, country: null },
        { company_name: null, external_id: null, website_url: "https://nur-website.de", city: "", country: "" },
      ];
      const created = await world.as("POST", "/api/v1/orders", { body: { order_type: "ENRICHMENT", companies } });
      expect(created.statusCode).toBe(201);
      expect(created.body_json).toMatchObject({ ...RECEIVED, company_count: 2 });
      const results = await world.as("GET", `/api/v1/orders/${created.body_json.order_id}/results`);
      expect(results.body_json.items[0]).toMatchObject({ source_id: null, input: { company_name: "Leerfeld GmbH", city: null, country: null } });
      expect(results.body_json.items[1].input).toMatchObject({ company_name: null, city: null, country: null });
      const nothing = await world.as("POST", "/api/v1/orders", { body: { order_type: "ENRICHMENT", companies: [{ company_name: "", website_url: null }] } });
      expect(nothing.statusCode).toBe(422);
      expect(nothing.body_json.details.errors).toEqual([{ field: "companies[0]", message: expect.any(String) }]);
    });

    it("an automatically accepted (test-key) order answers the documented create response; GET shows ACCEPTED", async () => {
      const testKey = await addKey(world.t.database.db, world.owner.organizationId, { test: true });
      const created = await world.as("POST", "/api/v1/orders", { key: testKey.key, body: { order_type: "ENRICHMENT", companies: [{ company_name: "Demo GmbH" }] } });
      expect(created.body_json).toEqual({ order_id: expect.any(String), order_type: "ENRICHMENT", company_count: 1, ...RECEIVED });
      const read = await world.as("GET", `/api/v1/orders/${created.body_json.order_id}`, { key: testKey.key });
      expect(read.body_json.status).toBe("ACCEPTED");
    });

    it("unknown profile_id and blacklist_ids are the documented 404 PROSPECT_SEARCH_NOT_FOUND / BLACKLIST_NOT_FOUND", async () => {
      const discovery = await world.as("POST", "/api/v1/orders", { body: { order_type: "DISCOVERY", profile_id: NOWHERE, briefing_quantity: 5 } });
      expect(discovery.statusCode).toBe(404);
      expect(discovery.body_json).toEqual(notFoundBody("PROSPECT_SEARCH_NOT_FOUND", "ProspectSearch", NOWHERE));
      const withList = await world.as("POST", "/api/v1/orders", { body: { order_type: "ENRICHMENT", blacklist_ids: [NOWHERE], companies: [{ company_name: "X" }] } });
      expect(withList.body_json).toEqual(notFoundBody("BLACKLIST_NOT_FOUND", "Blacklist", NOWHERE));
      const searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "Assignment 404 search");
      const assigned = await world.as("PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { body: { blacklist_ids: [NOWHERE] } });
      expect(assigned.body_json).toEqual(notFoundBody("BLACKLIST_NOT_FOUND", "Blacklist", NOWHERE));
    });

    it("GET and PUT /prospect-searches/{id}/blacklists answer the list envelope", async () => {
      const searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "Envelope search");
      const ids: string[] = [];
      for (const name of ["Kunden", "Wettbewerber"]) ids.push((await world.as("POST", "/api/v1/blacklists", { body: { name } })).body_json.id);
      const put = await world.as("PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { body: { blacklist_ids: ids } });
      expect(put.body_json).toMatchObject({ total: 2, limit: 100, offset: 0, has_more: false });
      const page = await world.as("GET", `/api/v1/prospect-searches/${searchId}/blacklists`, { query: { limit: "1" } });
      expect(page.body_json).toMatchObject({ items: [{ id: ids[0] }], total: 2, limit: 1, offset: 0, has_more: true });
    });

    it("a blacklist entry with a malformed website is kept and still blocks by name and city", async () => {
      const blacklist = (await world.as("POST", "/api/v1/blacklists", { body: { name: "CRM export" } })).body_json.id;
      const added = await world.as("POST", `/api/v1/blacklists/${blacklist}/entries`, {
        body: { entries: [{ company_name: "Kaputtlink GmbH", website_url: "http://", city: "Köln" }] },
      });
      expect(added.body_json).toEqual({ added: 1, duplicates: 0, invalid: 0, invalid_entries: [], warnings: [{ index: 0, reason: expect.stringContaining("website_url") }] });
      sites.set("kaputtlink.de", extraction("kaputtlink.de", { name: "Kaputtlink GmbH", city: "Köln" }));
      const orderId = await placeAndFulfil({ blacklist_ids: [blacklist], companies: [{ company_name: "Kaputtlink", website_url: "kaputtlink.de", city: "Koeln" }] });
      const results = await world.as("GET", `/api/v1/orders/${orderId}/results`);
      expect(results.body_json.items[0]).toMatchObject({ status: "EXCLUDED", excluded_by_entry_id: expect.any(String) });
    });

    it("the delivery feed's next_cursor becomes null, so a loop until null ends; resume_cursor continues a later sync", async () => {
      const searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "Feed loop search");
      for (const domain of ["loop-a.de", "loop-b.de", "loop-c.de"]) {
        await deliverCompany(world.t.database.db, tenantOf(world.owner), searchId, extraction(domain, { name: domain }));
      }
      const seen: string[] = [];
      let cursor: string | null | undefined;
      let resume = "";
      for (let pages = 0; cursor !== null; pages++) {
        expect(pages).toBeLessThan(5);
        const page = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`, { query: { limit: "2", ...(cursor ? { cursor } : {}) } });
        seen.push(...page.body_json.items.map((item: { name: string }) => item.name));
        cursor = page.body_json.next_cursor;
        resume = page.body_json.resume_cursor;
      }
      expect(seen).toEqual(["loop-a.de", "loop-b.de", "loop-c.de"]);
      await deliverCompany(world.t.database.db, tenantOf(world.owner), searchId, extraction("loop-d.de", { name: "loop-d.de" }));
      const later = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`, { query: { cursor: resume } });
      expect(later.body_json).toMatchObject({ items: [{ name: "loop-d.de" }], next_cursor: null });
    });

    it("a missing webhook destination has one code everywhere", async () => {
      const searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "Destination 404 search");
      const base = `/api/v1/deliveries/${searchId}/destinations/${NOWHERE}`;
      for (const [method, url] of [["GET", base], ["DELETE", base], ["GET", `${base}/events`], ["POST", `${base}/resume`]] as const) {
        const response = await world.as(method, url);
        expect(response.body_json, `${method} ${url}`).toEqual(notFoundBody("WEBHOOK_DESTINATION_NOT_FOUND", "WebhookDestination", NOWHERE));
      }
    });

    it("a client sets review_status per company and search, and filters on it", async () => {
      const tenant = tenantOf(world.owner);
      const inbox = await createProspectSearch(world.t.database.db, tenant, "Lead inbox");
      const other = await createProspectSearch(world.t.database.db, tenant, "Other inbox");
      const companyId = await deliverCompany(world.t.database.db, tenant, inbox, extraction("review-me.de", { name: "Review Me GmbH" }));
      await deliverCompany(world.t.database.db, tenant, other, extraction("review-me.de", { name: "Review Me GmbH" }));
      const patched = await world.as("PATCH", `/api/v1/companies/${companyId}`, { body: { prospect_search_id: inbox, review_status: "accepted" } });
      expect(patched.statusCode).toBe(200);
      expect(patched.body_json).toMatchObject({ id: companyId, prospect_search_id: inbox, review_status: "accepted" });
      const accepted = await world.as("GET", "/api/v1/companies", { query: { prospect_search_id: inbox, review_status: "accepted" } });
      expect(accepted.body_json.items.map((c: { id: string }) => c.id)).toEqual([companyId]);
      const untouched = await world.as("GET", "/api/v1/companies", { query: { prospect_search_id: other, review_status: "pending" } });
      expect(untouched.body_json.items.map((c: { id: string }) => c.id)).toEqual([companyId]);
      const foreign = await world.as("PATCH", `/api/v1/companies/${companyId}`, { key: world.other.key, body: { prospect_search_id: inbox, review_status: "rejected" } });
      expect(foreign.body_json).toEqual(notFoundBody("COMPANY_NOT_FOUND", "Company", companyId));
      const bad = await world.as("PATCH", `/api/v1/companies/${companyId}`, { body: { prospect_search_id: inbox, review_status: "maybe" } });
      expect(bad.statusCode).toBe(422);
    });

    it("an inline profile_name reuses the organization's search of that name, whose ICP scores the results", async () => {
      const created = await world.as("POST", "/api/v1/search-profile-creations", {
        headers: { "idempotency-key": "first-day-icp" },
        body: { profile_name: "Tischlereien NRW", ideal_customer_profile: "Tischlereien in Deutschland", target_countries: ["DE"], target_industries: ["Tischlerei"], output_language: "de" },
      });
      expect(created.statusCode).toBe(202);
      const built = await runSearchProfileBuild(world.t.database.db, created.body_json.profile_creation_id);
      sites.set("holzwerk-nrw.de", extraction("holzwerk-nrw.de", { name: "Holzwerk NRW", country: "DE", description: "Tischlerei für Möbel nach Maß" }));
      const first = await placeAndFulfil({ profile_name: "tischlereien nrw", features: ["COMPANY_DATA", "MATCH_SCORING"], companies: [{ website_url: "holzwerk-nrw.de" }] });
      const second = await world.as("POST", "/api/v1/orders", { body: { order_type: "ENRICHMENT", profile_name: "Tischlereien NRW", companies: [{ company_name: "Y" }] } });
      const [a, b] = await Promise.all([first, second.body_json.order_id].map((id) => world.as("GET", `/api/v1/orders/${id}`)));
      expect(a.body_json.profile_id).toBe(built.profile_id);
      expect(b.body_json.profile_id).toBe(built.profile_id);
      const results = await world.as("GET", `/api/v1/orders/${first}/results`);
      expect(results.body_json.items[0]).toMatchObject({ status: "ENRICHED", match_score: expect.any(Number) });
      expect(results.body_json.items[0].match_score).toBeGreaterThan(0);
    });

    it("a company enriched again with changed facts reaches the feed and webhooks again; unchanged, it does not", async () => {
      const searchName = "Re-enrichment search";
      sites.set("wandel.de", extraction("wandel.de", { name: "Wandel GmbH", phones: ["+49 30 1111111"] }));
      const firstOrder = await placeAndFulfil({ profile_name: searchName, companies: [{ website_url: "wandel.de" }] });
      const searchId = (await world.as("GET", `/api/v1/orders/${firstOrder}`)).body_json.profile_id;
      const destination = await world.as("POST", `/api/v1/deliveries/${searchId}/destinations`, { body: { type: "webhook", url: "https://crm.example.com/hooks" } });
      expect(destination.statusCode).toBe(201);
      await placeAndFulfil({ profile_name: searchName, companies: [{ website_url: "wandel.de" }] });
      sites.set("wandel.de", extraction("wandel.de", { name: "Wandel GmbH", phones: ["+49 30 2222222"] }));
      await placeAndFulfil({ profile_name: searchName, companies: [{ website_url: "wandel.de" }] });

      const feed = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`);
      expect(feed.body_json.items.map((item: { event: string; phone: string }) => [item.event, item.phone])).toEqual([
        ["qualified", "+49 30 2222222"],
        ["updated", "+49 30 2222222"],
      ]);
      const events = await world.t.database.db.selectFrom("webhook_events").select("event_type").where("destination_id", "=", destination.body_json.id).where("event_type", "like", "delivery.%").execute();
      // The unchanged order re-announces nothing new: one update event, from the changed one.
      expect(events.filter((event) => event.event_type === "delivery.company_updated")).toHaveLength(1);
    });

    it("an inferred e-mail is delivered in its own field with how it was inferred, never as a found one", async () => {
      const searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "Inferred e-mail search");
      const site = extraction("muster-team.de", { name: "Muster Team" }, {
        people: [
          person("Anna Muster", { email: "anna.muster@muster-team.de", email_method: "mailto" }),
          person("Bernd Beispiel", { email: "bernd.beispiel@muster-team.de", email_method: "inferred", email_confidence: 0.6, email_pattern: "first.last" }),
        ],
      });
      const companyId = await deliverCompany(world.t.database.db, tenantOf(world.owner), searchId, site);
      const people = await world.as("GET", "/api/v1/prospects", { query: { company_id: companyId } });
      const byName = Object.fromEntries(people.body_json.items.map((p: { full_name: string }) => [p.full_name, p]));
      expect(byName["Anna Muster"]).toMatchObject({ email: "anna.muster@muster-team.de", inferred_email: null });
      expect(byName["Bernd Beispiel"]).toMatchObject({
        email: null,
        email_status: null,
        inferred_email: { address: "bernd.beispiel@muster-team.de", method: "pattern", pattern: "first.last", confidence: 0.6 },
      });
    });
  });
}
