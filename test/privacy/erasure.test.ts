import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeCompanies } from "../../src/core/companies/merge.ts";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { enqueueWebhookEvent } from "../../src/core/webhooks/enqueue-event.ts";
import { createProspectSearch, deliverCompany, extraction, person } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let searchId: string;
const tenant = () => ({ organizationId: owner.organizationId, testMode: false });
const db = () => t.database.db;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(db());
  searchId = await createProspectSearch(db(), tenant());
  const created = await call(t.app, "POST", `/api/v1/deliveries/${searchId}/destinations`, { key: owner.key, body: { type: "webhook", url: "http://127.0.0.1:9/hook", auth_type: "none" } });
  expect(created.statusCode).toBe(201);
});
afterAll(() => t.close());

/** What settling an enriched row does: a `delivery.company_qualified` event carrying the company and its people. */
async function announce(companyId: string): Promise<void> {
  const company = (await call(t.app, "GET", `/api/v1/companies/${companyId}?prospect_search_id=${searchId}`, { key: owner.key })).body_json;
  const prospects = (await call(t.app, "GET", `/api/v1/prospects?company_id=${companyId}`, { key: owner.key })).body_json.items;
  await db().transaction().execute((trx) =>
    enqueueWebhookEvent(trx, t.jobs, tenant(), { prospectSearchId: searchId, eventType: "delivery.company_qualified", dedupeKey: `delivery:${companyId}`, data: { company, prospects }, companyId }),
  );
}

async function storeIdempotentResponse(body: string): Promise<void> {
  await db().insertInto("idempotency_records").values({
    principal_id: owner.keyId, idempotency_key: `k-${Math.random()}`, method: "POST", path: "/api/v1/orders", request_hash: "h",
    state: "completed", response_status: 201, response_body: body, response_content_type: "application/json",
  }).execute();
}

const everything = async () => JSON.stringify({
  events: await db().selectFrom("webhook_events").select(["payload", "event_type", "status"]).execute(),
  attempts: await db().selectFrom("webhook_attempts").selectAll().execute(),
  idempotency: await db().selectFrom("idempotency_records").selectAll().execute(),
  companies: await db().selectFrom("companies").selectAll().execute(),
  observations: await db().selectFrom("company_observations").selectAll().execute(),
  prospects: await db().selectFrom("prospects").selectAll().execute(),
  suppressions: await db().selectFrom("suppressions").selectAll().execute(),
});

describe("operator erasure of a company", () => {
  it("removes its personal data from every table, including merged rows, webhook payloads, logs and idempotent responses", async () => {
    const people = [person("Greta Gelöscht", { email: "greta@gone-co.de", phone: "+49 30 5550101" })];
    const duplicate = await deliverCompany(db(), tenant(), searchId, extraction("gone-dup.de", { name: "Gone Duplicate", emails: ["dup-owner@gone-dup.de"] }));
    const companyId = await deliverCompany(db(), tenant(), searchId, extraction("gone-co.de", { name: "Gone Co", emails: ["info@gone-co.de"] }, { people }));
    await mergeCompanies(db(), duplicate, companyId);
    await announce(companyId);
    const event = await db().selectFrom("webhook_events").select("id").where("company_id", "=", companyId).executeTakeFirstOrThrow();
    await db().insertInto("webhook_attempts").values({ id: crypto.randomUUID(), event_id: event.id, attempt: 1, started_at: new Date().toISOString(), duration_ms: 5, status_code: 500, outcome: "retry", error: null, response_excerpt: "echo greta@gone-co.de" }).execute();
    await storeIdempotentResponse(JSON.stringify({ company_id: companyId, name: "Gone Co" }));
    expect(await everything()).toContain("greta@gone-co.de");

    const erased = await call(t.app, "POST", `/api/admin/v1/companies/${companyId}/erase`, { key: t.adminKey });
    expect(erased.statusCode).toBe(200);

    const after = await everything();
    for (const value of ["Greta", "greta@gone-co.de", "5550101", "Gone Co", "gone-co.de", "Gone Duplicate", "gone-dup.de", "dup-owner"]) expect(after).not.toContain(value);
    const events = await db().selectFrom("webhook_events").select(["event_type", "payload", "status"]).where("destination_id", "is not", null).orderBy("created_at").execute();
    const qualified = events.find((e) => e.event_type === "delivery.company_qualified")!;
    expect(qualified).toMatchObject({ status: "failed", payload: { redacted: true, data: { company: { id: companyId } } } });
    const notice = events.find((e) => e.event_type === "company.erased")!;
    expect((notice.payload as any).data).toEqual({ company_id: companyId });
    const suppressed = await db().selectFrom("suppressions").select("kind").where("reason", "=", "erased").execute();
    expect(suppressed.filter((s) => s.kind === "domain").length).toBeGreaterThanOrEqual(2);
  });

  it("a later crawl of a row merged into an erased company is refused, not re-attached", async () => {
    const source = (await recordSiteExtraction(db(), { testMode: false, extraction: extraction("follow-a.de", { name: "Follow A" }), websiteUrl: "https://follow-a.de/", crawledAt: new Date().toISOString() })).companyId;
    const target = (await recordSiteExtraction(db(), { testMode: false, extraction: extraction("follow-b.de", { name: "Follow B" }), websiteUrl: "https://follow-b.de/", crawledAt: new Date().toISOString() })).companyId;
    await mergeCompanies(db(), source, target);
    // The merged duplicate keeps only its domain (to forward crawls), not its data.
    expect(await db().selectFrom("companies").select(["name", "domain"]).where("id", "=", source).executeTakeFirst()).toEqual({ name: null, domain: "follow-a.de" });
    // Simulates an erasure from before merged rows were erased with their target: the forward still exists.
    await db().updateTable("companies").set({ erased_at: new Date().toISOString() }).where("id", "=", target).execute();
    const again = recordSiteExtraction(db(), { testMode: false, extraction: extraction("follow-a.de", { name: "Follow A" }, { people: [person("Paul Folge")] }), websiteUrl: "https://follow-a.de/", crawledAt: new Date().toISOString() });
    await expect(again).rejects.toMatchObject({ code: "COMPANY_ERASED" });
    expect(await db().selectFrom("prospects").select("id").where("company_id", "in", [source, target]).execute()).toEqual([]);
  });
});

describe("operator erasure of one person", () => {
  it("removes the person everywhere, keeps colleagues, suppresses them and emits prospect.erased with ids only", async () => {
    const people = [person("Olga Objekt", { email: "olga@one-person.de" }), person("Karl Kollege", { email: "karl@one-person.de" })];
    const companyId = await deliverCompany(db(), tenant(), searchId, extraction("one-person.de", { name: "One Person GmbH", emails: ["olga@one-person.de", "info@one-person.de"] }, { people }));
    await announce(companyId);
    const olga = (await db().selectFrom("prospects").select("id").where("email", "=", "olga@one-person.de").executeTakeFirstOrThrow()).id;
    await storeIdempotentResponse(JSON.stringify({ prospect_id: olga }));

    const erased = await call(t.app, "POST", `/api/admin/v1/prospects/${olga}/erase`, { key: t.adminKey });
    expect(erased.body_json).toEqual({ erased: true, company_id: companyId, notified_searches: 1 });

    const after = await everything();
    expect(after).not.toContain("olga@one-person.de");
    expect(after).not.toContain("Olga");
    expect(JSON.stringify(await db().selectFrom("idempotency_records").select("response_body").execute())).not.toContain(olga);
    expect(after).toContain("karl@one-person.de");
    const qualified = await db().selectFrom("webhook_events").select("payload").where("company_id", "=", companyId).executeTakeFirstOrThrow();
    expect((qualified.payload as any).data.prospects.map((p: any) => p.full_name)).toEqual(["Karl Kollege"]);
    const notice = await db().selectFrom("webhook_events").select("payload").where("event_type", "=", "prospect.erased").executeTakeFirstOrThrow();
    expect((notice.payload as any).data).toEqual({ prospect_id: olga, company_id: companyId });
    const company = (await call(t.app, "GET", `/api/v1/companies/${companyId}`, { key: owner.key })).body_json;
    expect(company.name).toBe("One Person GmbH");
    expect(JSON.stringify(company)).not.toContain("olga");
    expect((await call(t.app, "GET", `/api/v1/prospects/${olga}`, { key: owner.key })).statusCode).toBe(404);

    // A later crawl does not collect her again: neither as a person nor as a company e-mail.
    await recordSiteExtraction(db(), { testMode: false, extraction: extraction("one-person.de", { name: "One Person GmbH", emails: ["olga@one-person.de"] }, { people }), websiteUrl: "https://one-person.de/", crawledAt: new Date().toISOString() });
    expect(await everything()).not.toContain("olga@one-person.de");
    const names = (await db().selectFrom("prospects").select("full_name").where("company_id", "=", companyId).execute()).map((p) => p.full_name);
    expect(names).toEqual(["Karl Kollege"]);
  });

  it("is for operators only and 404s an unknown person", async () => {
    const url = "/api/admin/v1/prospects/00000000-0000-4000-8000-000000000000/erase";
    expect((await call(t.app, "POST", url, { key: owner.key })).statusCode).toBe(401);
    expect((await call(t.app, "POST", url)).statusCode).toBe(401);
    expect((await call(t.app, "POST", url, { key: t.adminKey })).statusCode).toBe(404);
  });
});
