import { enqueueWebhookEvent } from "../../src/core/webhooks/enqueue-event.ts";
import { describe, expect, it } from "vitest";
import { createProspectSearch, deliverCompany, extraction, job, person, tech, tenantOf } from "../support/companies-fixtures.ts";
import { NOWHERE, notFoundBody, world } from "./world.ts";

const site = (domain: string, name: string) =>
  extraction(domain, { name, city: "Berlin", country: "DE", phones: ["+49 30 1234567"], description: `${name} builds software` }, {
    people: [person(`${name} Chefin`, { email: `chefin@${domain}`, email_method: "mailto", email_status: "valid" })],
    jobs: [job("Backend Engineer"), job("Sales Manager", { department: "Sales" })],
    technologies: [tech("wordpress"), tech("hubspot", { categories: ["Marketing automation"] })],
  });

export function clientIntegrationScenarios(): void {
  describe("client integration flow (docs §12.1, §17)", () => {
    let searchId: string;
    let companyId: string;

    it("validate → list prospect searches → pull delivered companies → repeat with delivered_since", async () => {
      searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "CRM sync search");
      companyId = await deliverCompany(world.t.database.db, tenantOf(world.owner), searchId, site("sync-one.de", "Sync One"), { match_score: 8 });

      const validated = await world.as("GET", "/api/v1/auth/validate");
      expect(validated.body_json).toMatchObject({ valid: true, scopes: expect.arrayContaining(["companies:read", "prospects:read", "prospect_searches:read"]) });
      const searches = await world.as("GET", "/api/v1/prospect-searches", { query: { limit: "100" } });
      expect(searches.body_json.items.map((s: { id: string }) => s.id)).toContain(searchId);

      const first = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`);
      expect(first.body_json).toMatchObject({ total: 1, limit: 50, offset: 0, has_more: false, next_cursor: null, resume_cursor: expect.any(String) });
      expect(first.body_json.items[0]).toMatchObject({ id: companyId, name: "Sync One", prospects: [{ full_name: "Sync One Chefin" }] });
      const lastSync = first.body_json.items[0].delivered_at;

      await new Promise((resolve) => setTimeout(resolve, 5));
      const laterId = await deliverCompany(world.t.database.db, tenantOf(world.owner), searchId, site("sync-two.de", "Sync Two"));
      const incremental = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`, { query: { delivered_since: lastSync } });
      expect(incremental.body_json.items.map((c: { id: string }) => c.id)).toEqual([laterId]);
      const byCursor = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`, { query: { cursor: first.body_json.resume_cursor } });
      expect(byCursor.body_json.items.map((c: { id: string }) => c.id)).toEqual([laterId]);
      const foreign = await world.as("GET", `/api/v1/deliveries/${searchId}/companies`, { key: world.other.key });
      expect(foreign.body_json).toEqual(notFoundBody("PROSPECT_SEARCH_NOT_FOUND", "ProspectSearch", searchId));
    });

    it("companies: list, details, jobs and webtech intel with their summaries", async () => {
      const list = await world.as("GET", "/api/v1/companies", { query: { prospect_search_id: searchId, min_match_score: "7", limit: "20" } });
      expect(list.body_json.items.map((c: { id: string }) => c.id)).toEqual([companyId]);
      expect((await world.as("GET", "/api/v1/companies", { query: { prospect_search_id: NOWHERE } })).statusCode).toBe(404);
      const company = await world.as("GET", `/api/v1/companies/${companyId}`);
      expect(company.body_json).toMatchObject({ id: companyId, name: "Sync One", domain: "sync-one.de", match_score: 8 });
      expect((await world.as("GET", `/api/v1/companies/${companyId}/jobs`)).body_json.total).toBe(2);
      expect((await world.as("GET", `/api/v1/companies/${companyId}/jobs/summary`)).body_json).toMatchObject({ open_count: 2, new_last_30_days: 2 });
      expect((await world.as("GET", `/api/v1/companies/${companyId}/webtech-intel`)).body_json.total).toBe(2);
      expect((await world.as("GET", `/api/v1/companies/${companyId}/webtech-intel/summary`)).body_json).toMatchObject({ total: 2 });
      for (const suffix of ["", "/jobs", "/jobs/summary", "/webtech-intel", "/webtech-intel/summary"]) {
        const foreign = await world.as("GET", `/api/v1/companies/${companyId}${suffix}`, { key: world.other.key });
        expect(foreign.body_json, suffix).toEqual(notFoundBody("COMPANY_NOT_FOUND", "Company", companyId));
      }
    });

    it("prospects: list by company and search, details, foreign filters are 404", async () => {
      const list = await world.as("GET", "/api/v1/prospects", { query: { company_id: companyId } });
      expect(list.body_json.items.map((p: { full_name: string }) => p.full_name)).toEqual(["Sync One Chefin"]);
      const prospectId = list.body_json.items[0].id;
      expect((await world.as("GET", "/api/v1/prospects", { query: { prospect_search_id: searchId } })).body_json.total).toBe(2);
      expect((await world.as("GET", `/api/v1/prospects/${prospectId}`)).body_json).toMatchObject({ id: prospectId, company_id: companyId, email: "chefin@sync-one.de" });
      expect((await world.as("GET", "/api/v1/prospects", { query: { prospect_search_id: searchId }, key: world.other.key })).statusCode).toBe(404);
      expect((await world.as("GET", `/api/v1/prospects/${prospectId}`, { key: world.other.key })).statusCode).toBe(404);
    });

    it("the feed reports erased and merged companies in their documented shapes", async () => {
      const tenant = tenantOf(world.owner);
      const withdrawnSearch = await createProspectSearch(world.t.database.db, tenant, "Withdrawals");
      const erased = await deliverCompany(world.t.database.db, tenant, withdrawnSearch, site("erase-me.de", "Erase Me"));
      const merged = await deliverCompany(world.t.database.db, tenant, withdrawnSearch, site("merge-me.de", "Merge Me"));
      const survivor = await deliverCompany(world.t.database.db, tenant, withdrawnSearch, site("survivor.de", "Survivor"));
      expect((await world.admin("POST", `/api/admin/v1/companies/${erased}/erase`)).body_json).toEqual({ erased: true, notified_searches: 1, test_mode: false });
      expect((await world.admin("POST", `/api/admin/v1/companies/${merged}/merge`, { into_company_id: survivor })).body_json).toEqual({ merged_into: survivor, test_mode: false });
      const feed = await world.as("GET", `/api/v1/deliveries/${withdrawnSearch}/companies`);
      const events = feed.body_json.items.map((item: { id: string; event: string }) => [item.id, item.event]);
      expect(events).toEqual(expect.arrayContaining([[erased, "erased"], [merged, "merged"], [survivor, "qualified"]]));
      expect(JSON.stringify(feed.body_json)).not.toContain("Erase Me");
    });

    it("webhook destinations: create (secret once), list, get, delivery log, replay, resume, delete", async () => {
      const base = `/api/v1/deliveries/${searchId}/destinations`;
      const created = await world.as("POST", base, { body: { type: "webhook", url: "https://your-api.com/webhooks/openprospect", auth_type: "bearer", auth_token: "your-secret-token" } });
      expect(created.statusCode).toBe(201);
      expect(created.body_json).toMatchObject({ type: "webhook", auth_type: "bearer", signing_secret: expect.stringMatching(/^whsec_/) });
      const id = created.body_json.id;
      expect((await world.as("GET", base)).body_json.items.map((d: { id: string }) => d.id)).toEqual([id]);
      expect((await world.as("GET", `${base}/${id}`)).body_json).toMatchObject({ id, url: "https://your-api.com/webhooks/openprospect" });
      expect((await world.as("GET", `${base}/${id}`, { key: world.other.key })).statusCode).toBe(404);
      await world.t.database.db.transaction().execute((trx) =>
        enqueueWebhookEvent(trx, world.t.jobs, tenantOf(world.owner), { prospectSearchId: searchId, eventType: "order.status_changed", dedupeKey: "conformance", data: { order_id: NOWHERE, status: "COMPLETED" } }),
      );
      const log = await world.as("GET", `${base}/${id}/events`);
      expect(log.body_json.items).toHaveLength(1);
      const eventId = log.body_json.items[0].id;
      expect((await world.as("POST", `${base}/${id}/events/${eventId}/replay`)).body_json).toEqual({ event_id: eventId, status: "queued" });
      expect((await world.admin("POST", `/api/admin/v1/webhook-events/${eventId}/replay`)).statusCode).toBe(202);
      expect((await world.as("POST", `${base}/${id}/resume`)).body_json).toEqual({ requeued: 0 });
      expect((await world.as("DELETE", `${base}/${id}`)).statusCode).toBe(204);
      expect((await world.as("GET", `${base}/${id}`)).statusCode).toBe(404);
    });
  });
}
