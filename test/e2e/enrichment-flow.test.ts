import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureWeb, type FixtureWeb } from "../support/fixture-web.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { startWebhookReceiver, waitFor } from "../support/webhook-receiver.ts";

let t: TestApp;
let web: FixtureWeb;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  t = await startTestApp({ workers: true, concurrency: 2, ports: async (db) => (web = await startFixtureWeb(db)).ports });
  receiver = await startWebhookReceiver({ failFirst: 2 });
});
afterAll(async () => {
  await t.close();
  await web.close();
  await receiver.close();
});

describe("an enrichment order, end to end through the public API", () => {
  it("crawls, extracts, stores with provenance, delivers by feed and signed webhooks", async () => {
    const admin = (method: "GET" | "POST", url: string, body?: unknown) => call(t.app, method, url, { key: t.adminKey, body });
    const org = await admin("POST", "/api/admin/v1/organizations", { name: "Sales Ops Ltd" });
    const key = (await admin("POST", `/api/admin/v1/organizations/${org.body_json.id}/api-keys`, { name: "crm", preset: "full_access" })).body_json.key;
    await call(t.app, "PATCH", `/api/admin/v1/organizations/${org.body_json.id}`, { key: t.adminKey, body: { rate_limit_tier: "enterprise", rate_limit_per_hour: 100000 } });
    const api = (method: "GET" | "POST", url: string, body?: unknown) => call(t.app, method, url, { key, body });

    const created = await api("POST", "/api/v1/orders", {
      order_type: "ENRICHMENT",
      title: "Fixture companies",
      companies: [
        { company_name: "Holzbau Lindner", external_id: "CRM-1", website_url: "https://www.holzbau-lindner.de" },
        { company_name: "BrightPath Analytics", external_id: "CRM-2", website_url: "brightpath-analytics.co.uk" },
        { company_name: "Nowhere GmbH", external_id: "CRM-3", city: "Ulm" },
      ],
    });
    expect(created.statusCode).toBe(201);
    const orderId = created.body_json.order_id;
    const profileId = (await api("GET", `/api/v1/orders/${orderId}`)).body_json.profile_id;

    const destination = await api("POST", `/api/v1/deliveries/${profileId}/destinations`, { type: "webhook", url: receiver.url, auth_type: "none" });
    expect(destination.statusCode).toBe(201);
    receiver.setSecret(destination.body_json.signing_secret);

    expect((await admin("POST", `/api/admin/v1/orders/${orderId}/accept`, { estimated_cost: 3 })).statusCode).toBe(200);
    const done = await waitFor(async () => {
      const order = (await api("GET", `/api/v1/orders/${orderId}`)).body_json;
      return order.status === "COMPLETED" ? order : null;
    }, 120_000);
    const results0 = (await api("GET", `/api/v1/orders/${orderId}/results`)).body_json;
    expect(done.progress, JSON.stringify(results0.items.map((r: any) => [r.status, r.reason]))).toMatchObject({ total: 3, processed: 3, succeeded: 2, not_found: 1 });

    const results = (await api("GET", `/api/v1/orders/${orderId}/results`)).body_json;
    expect(results.items.map((r: { source_id: string; status: string }) => [r.source_id, r.status])).toEqual([
      ["CRM-1", "ENRICHED"],
      ["CRM-2", "ENRICHED"],
      ["CRM-3", "NOT_FOUND"],
    ]);
    const lindner = results.items[0].company;
    expect(lindner).toMatchObject({ legal_name: "Holzbau Lindner GmbH", domain: "holzbau-lindner.de" });
    expect(lindner.registration).toMatchObject({ number: "HRB 8841", vat_id: "DE298765432" });

    const company = (await api("GET", `/api/v1/companies/${lindner.id}`)).body_json;
    expect(company.sources.legal_name).toMatchObject({ url: expect.stringContaining("impressum") });
    const companies = (await api("GET", `/api/v1/companies?prospect_search_id=${profileId}`)).body_json;
    expect(companies.total).toBe(2);

    const prospects = (await api("GET", `/api/v1/prospects?company_id=${lindner.id}`)).body_json.items;
    expect(prospects.map((p: { full_name: string }) => p.full_name)).toEqual(expect.arrayContaining(["Markus Lindner", "Sabine Lindner"]));
    expect(prospects.map((p: { full_name: string }) => p.full_name)).not.toContain("Jana Vogt");
    const jobs = (await api("GET", `/api/v1/companies/${lindner.id}/jobs`)).body_json.items;
    expect(jobs.map((j: { title: string }) => j.title)).toContain("Zimmerer (m/w/d)");
    const tech = (await api("GET", `/api/v1/companies/${lindner.id}/webtech-intel`)).body_json.items;
    expect(tech.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(["WordPress", "Google Fonts"]));

    const feed = (await api("GET", `/api/v1/deliveries/${profileId}/companies`)).body_json;
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0].prospects.length).toBeGreaterThan(0);

    // the receiver was down for the first two attempts; retries still deliver every event once per id
    const qualified = await waitFor(async () => {
      const events = receiver.verified.filter((w) => w.payload.event === "delivery.company_qualified");
      return events.length >= 2 ? events : null;
    }, 120_000);
    expect(new Set(qualified.map((w) => w.id)).size).toBe(qualified.length);
    expect(receiver.rejected).toEqual([]);
    expect(qualified.map((w) => w.payload.data.company.domain).sort()).toEqual(["brightpath-analytics.co.uk", "holzbau-lindner.de"]);
    // The first attempts hit the outage; their retries arrive later, and still once per webhook-id.
    const statuses = await waitFor(async () => {
      const seen = receiver.verified.filter((w) => w.payload.event === "order.status_changed").map((w) => w.payload.data.status);
      return ["ACCEPTED", "IN_PROGRESS", "COMPLETED"].every((s) => seen.includes(s)) ? seen : null;
    }, 120_000);
    expect(statuses.sort()).toEqual(["ACCEPTED", "COMPLETED", "IN_PROGRESS"]);
    expect(new Set(receiver.verified.map((w) => w.id)).size).toBe(receiver.verified.length);
    expect(receiver.requests()).toBe(receiver.verified.length + 2);
  }, 240_000);
});
