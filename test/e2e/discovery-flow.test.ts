import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureWeb, type FixtureWeb } from "../support/fixture-web.ts";
import { importThroughApi } from "../support/company-imports.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { startWebhookReceiver, waitFor } from "../support/webhook-receiver.ts";

let t: TestApp;
let web: FixtureWeb;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  t = await startTestApp({ workers: true, concurrency: 2, ports: async (db) => (web = await startFixtureWeb(db)).ports });
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await t.close();
  await web.close();
  await receiver.close();
});

// The index as an operator would fill it from open data: names and websites, no industry.
const DIRECTORY = [
  "source_id,name,website,city,country",
  "d-1,Holzbau Lindner,https://www.holzbau-lindner.de,Kempten,DE",
  "d-2,BrightPath Analytics,https://brightpath-analytics.co.uk,London,GB",
  "d-3,Vanished Bau GmbH,https://vanished-bau-test.de,Ulm,DE",
].join("\n");

describe("a discovery order on a fresh installation, end to end through the API", () => {
  it("import → search profile → DISCOVERY order → accept → delivered companies with explanations in results, feed and webhooks", async () => {
    const admin = (method: "GET" | "POST" | "PATCH", url: string, body?: unknown) => call(t.app, method, url, { key: t.adminKey, body });
    const org = await admin("POST", "/api/admin/v1/organizations", { name: "Baustoffe Nord GmbH" });
    const key = (await admin("POST", `/api/admin/v1/organizations/${org.body_json.id}/api-keys`, { name: "crm", preset: "full_access" })).body_json.key;
    await admin("PATCH", `/api/admin/v1/organizations/${org.body_json.id}`, { rate_limit_tier: "enterprise", rate_limit_per_hour: 100000 });
    const api = (method: "GET" | "POST", url: string, body?: unknown) => call(t.app, method, url, { key, body });

    const imported = await importThroughApi(t, DIRECTORY, { format: "generic", source: "directory" }, "text/csv");
    expect(imported).toMatchObject({ status: "SUCCEEDED", rows_imported: 3 });

    const creation = await call(t.app, "POST", "/api/v1/search-profile-creations", {
      key,
      headers: { "idempotency-key": "discovery-e2e" },
      body: { profile_name: "Bau", ideal_customer_profile: "Zimmereien und Handwerksbetriebe am Bau in Deutschland", target_countries: ["DE"] },
    });
    expect(creation.statusCode, creation.body).toBe(202);
    const built = await waitFor(async () => {
      const current = (await api("GET", `/api/v1/search-profile-creations/${creation.body_json.profile_creation_id}`)).body_json;
      return ["SUCCEEDED", "FAILED"].includes(current.status) ? current : null;
    });
    expect(built.status).toBe("SUCCEEDED");
    const profileId = built.profile_id;
    const destination = await api("POST", `/api/v1/deliveries/${profileId}/destinations`, { type: "webhook", url: receiver.url, auth_type: "none" });
    receiver.setSecret(destination.body_json.signing_secret);

    const created = await api("POST", "/api/v1/orders", { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: 2 });
    expect(created.statusCode, created.body).toBe(201);
    const orderId = created.body_json.order_id;
    expect((await admin("POST", `/api/admin/v1/orders/${orderId}/accept`, { estimated_cost: 2 })).statusCode).toBe(200);
    const done = await waitFor(async () => {
      const order = (await api("GET", `/api/v1/orders/${orderId}`)).body_json;
      return order.status === "COMPLETED" ? order : null;
    }, 120_000);

    // the UK company is outside the profile's country; the vanished site cannot be crawled
    expect(done.progress).toMatchObject({ total: 2, processed: 1, succeeded: 1, examined: 2, qualified: 1, rejected: 1 });
    expect(done.message).toMatch(/^Delivered 1 of 2: examined 2 candidates — 1 qualified, 0 scored below 6\/10, 1 could not be crawled; no further candidates/);

    const results = (await api("GET", `/api/v1/orders/${orderId}/results`)).body_json;
    expect(results.items).toHaveLength(1);
    const [lindner] = results.items;
    expect(lindner.company).toMatchObject({ domain: "holzbau-lindner.de", legal_name: "Holzbau Lindner GmbH" });
    expect(lindner.match_score).toBeGreaterThanOrEqual(6);
    const industry = lindner.match_explanation.find((c: { criterion: string }) => c.criterion === "industry");
    expect(industry).toMatchObject({ matched: true, evidence: expect.stringContaining("holzbau-lindner.de") });

    const feed = (await api("GET", `/api/v1/deliveries/${profileId}/companies`)).body_json;
    expect(feed.items.map((i: { domain: string }) => i.domain)).toEqual(["holzbau-lindner.de"]);
    expect(feed.items[0].match_explanation).toEqual(lindner.match_explanation);
    const qualified = await waitFor(async () => {
      const events = receiver.verified.filter((w) => w.payload.event === "delivery.company_qualified");
      return events.length ? events : null;
    });
    expect(qualified.map((w) => w.payload.data.company.domain)).toEqual(["holzbau-lindner.de"]);
  }, 180_000);
});
