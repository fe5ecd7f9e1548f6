import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { purgeStalePersonalData } from "../../src/core/retention/purge-stale-personal-data.ts";
import { createProspectSearch, deliverCompany, extraction, person } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let searchId: string;
let visibleProspectId: string;
const tenant = () => ({ organizationId: owner.organizationId, testMode: false });
const db = () => t.database.db;
const crawl = (domain: string, people: ReturnType<typeof person>[], emails: string[] = []) =>
  recordSiteExtraction(db(), { testMode: false, extraction: extraction(domain, { name: `Firm ${domain}`, emails }, { people }), websiteUrl: `https://${domain}/`, crawledAt: new Date().toISOString() });
const peopleAt = async (companyId: string) =>
  (await db().selectFrom("prospects").select("full_name").where("company_id", "=", companyId).orderBy("full_name").execute()).map((p) => p.full_name);

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(db());
  other = await createTenant(db());
  searchId = await createProspectSearch(db(), tenant());
  const companyId = await deliverCompany(db(), tenant(), searchId, extraction("visible-co.de", { name: "Visible" }, { people: [person("Vera Sicht")] }));
  visibleProspectId = (await db().selectFrom("prospects").select("id").where("company_id", "=", companyId).executeTakeFirstOrThrow()).id;
});
afterAll(() => t.close());

describe("suppression list (admin)", () => {
  it("stores only hashes, lists, and lifts entries; bad input is 422", async () => {
    const created = await call(t.app, "POST", "/api/admin/v1/suppressions", { key: t.adminKey, body: { kind: "email", email: "Hidden.Person@Example.org" } });
    expect(created.statusCode).toBe(201);
    expect(created.body_json).toMatchObject({ kind: "email", reason: "operator", value_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(await db().selectFrom("suppressions").selectAll().execute()).toLowerCase()).not.toContain("hidden.person");
    const listed = await call(t.app, "GET", "/api/admin/v1/suppressions", { key: t.adminKey, query: { kind: "email" } });
    expect(listed.body_json.items.map((s: any) => s.id)).toContain(created.body_json.id);
    for (const body of [{ kind: "email", email: "nope" }, { kind: "domain", domain: "localhost" }, { kind: "person", domain: "a.de" }, { kind: "phone" }]) {
      const bad = await call(t.app, "POST", "/api/admin/v1/suppressions", { key: t.adminKey, body });
      expect(bad.statusCode).toBe(422);
    }
    expect((await call(t.app, "DELETE", `/api/admin/v1/suppressions/${created.body_json.id}`, { key: t.adminKey })).statusCode).toBe(204);
    expect((await call(t.app, "DELETE", `/api/admin/v1/suppressions/${created.body_json.id}`, { key: t.adminKey })).statusCode).toBe(404);
    expect((await call(t.app, "GET", "/api/admin/v1/suppressions", { key: owner.key })).statusCode).toBe(401);
  });

  it("blocks collection of a suppressed e-mail, person or domain at extraction time", async () => {
    const add = (body: unknown) => call(t.app, "POST", "/api/admin/v1/suppressions", { key: t.adminKey, body });
    await add({ kind: "email", email: "erna@block-people.de" });
    await add({ kind: "person", name: "Bodo Blockiert", domain: "https://www.block-people.de/" });
    await add({ kind: "domain", domain: "blocked-whole.de" });
    const { companyId } = await crawl("block-people.de", [person("Erna Email", { email: "erna@block-people.de" }), person("Bodo Blockiert"), person("Frida Frei")], ["erna@block-people.de", "info@block-people.de"]);
    expect(await peopleAt(companyId)).toEqual(["Frida Frei"]);
    const company = await db().selectFrom("companies").select("emails").where("id", "=", companyId).executeTakeFirstOrThrow();
    expect(company.emails).toEqual(["info@block-people.de"]);
    // The same name at another company's domain is another person.
    const elsewhere = await crawl("other-firm.de", [person("Bodo Blockiert")]);
    expect(await peopleAt(elsewhere.companyId)).toEqual(["Bodo Blockiert"]);
    await expect(crawl("blocked-whole.de", [])).rejects.toMatchObject({ code: "DOMAIN_SUPPRESSED" });
  });

  it("holds at delivery time: a person suppressed after collection is not in the feed", async () => {
    const companyId = await deliverCompany(db(), tenant(), searchId, extraction("late-block.de", { name: "Late" }, { people: [person("Lutz Later", { email: "lutz@late-block.de" }), person("Mia Bleibt")] }));
    await call(t.app, "POST", "/api/admin/v1/suppressions", { key: t.adminKey, body: { kind: "email", email: "lutz@late-block.de" } });
    const feed = (await call(t.app, "GET", `/api/v1/deliveries/${searchId}/companies`, { key: owner.key })).body_json;
    const item = feed.items.find((i: any) => i.id === companyId);
    expect(item.prospects.map((p: any) => p.full_name)).toEqual(["Mia Bleibt"]);
  });
});

describe("erasure and objection requests", () => {
  standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
    method: "POST",
    url: () => `/api/v1/prospects/${visibleProspectId}/erasure-requests`,
    scopes: ["prospects:read"],
    body: () => ({ kind: "erasure" }),
    crossTenant: { otherKey: () => other.key, expectedCode: "PROSPECT_NOT_FOUND" },
  });

  it("a client files a request, it waits in the operator's queue, and resolving it erases the person everywhere", async () => {
    const companyId = await deliverCompany(db(), tenant(), searchId, extraction("request-co.de", { name: "Request" }, { people: [person("Rita Recht", { email: "rita@request-co.de" })] }));
    const rita = (await db().selectFrom("prospects").select("id").where("company_id", "=", companyId).executeTakeFirstOrThrow()).id;
    const url = `/api/v1/prospects/${rita}/erasure-requests`;
    expect((await call(t.app, "POST", url, { key: owner.key, body: { kind: "forget-me" } })).statusCode).toBe(422);
    const filed = await call(t.app, "POST", url, { key: owner.key, body: { kind: "objection", note: "Rita wrote to us on 1 Dec" } });
    expect(filed.statusCode).toBe(202);
    expect(filed.body_json).toMatchObject({ prospect_id: rita, company_id: companyId, kind: "objection", status: "pending" });
    expect((await call(t.app, "POST", url, { key: owner.key, body: { kind: "objection" } })).body_json.id).toBe(filed.body_json.id);

    const queue = await call(t.app, "GET", "/api/admin/v1/erasure-requests", { key: t.adminKey, query: { status: "pending" } });
    expect(queue.body_json.items).toEqual([expect.objectContaining({ id: filed.body_json.id, organization_id: owner.organizationId, note: "Rita wrote to us on 1 Dec" })]);
    const resolve = (body: unknown) => call(t.app, "POST", `/api/admin/v1/erasure-requests/${filed.body_json.id}/resolve`, { key: t.adminKey, body });
    expect((await resolve({ action: "shred" })).statusCode).toBe(422);
    const resolved = await resolve({ action: "erase" });
    expect(resolved.body_json).toMatchObject({ status: "erased", note: null, resolved_at: expect.any(String) });
    expect((await resolve({ action: "erase" })).statusCode).toBe(409);
    expect(await peopleAt(companyId)).toEqual([]);
    const reasons = await db().selectFrom("suppressions").select("reason").where("reason", "=", "objection").execute();
    expect(reasons.length).toBe(2); // her e-mail and her name at request-co.de
    await crawl("request-co.de", [person("Rita Recht", { email: "rita@request-co.de" })]);
    expect(await peopleAt(companyId)).toEqual([]);
    expect((await call(t.app, "GET", "/api/admin/v1/erasure-requests", { key: owner.key })).statusCode).toBe(401);
  });

  it("a rejected request erases nothing", async () => {
    const filed = await call(t.app, "POST", `/api/v1/prospects/${visibleProspectId}/erasure-requests`, { key: owner.key, body: { kind: "erasure" } });
    const rejected = await call(t.app, "POST", `/api/admin/v1/erasure-requests/${filed.body_json.id}/resolve`, { key: t.adminKey, body: { action: "reject", note: "Not a person we hold" } });
    expect(rejected.body_json).toMatchObject({ status: "rejected", resolution_note: "Not a person we hold" });
    expect((await call(t.app, "GET", `/api/v1/prospects/${visibleProspectId}`, { key: owner.key })).statusCode).toBe(200);
  });
});

describe("retention", () => {
  it("deletes people and contact evidence not observed within the period; every person says why it is held", async () => {
    const { companyId } = await crawl("retention-co.de", [person("Otto Alt", { email: "otto@retention-co.de" }), person("Nina Neu")], ["otto@retention-co.de"]);
    const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
    await db().updateTable("prospects").set({ last_seen_at: longAgo }).where("company_id", "=", companyId).where("full_name", "=", "Otto Alt").execute();
    await db().updateTable("company_observations").set({ last_seen_at: longAgo }).where("company_id", "=", companyId).where("field", "in", ["email", "emails", "raw.email"]).execute();
    const held = (await call(t.app, "GET", `/api/v1/prospects/${visibleProspectId}`, { key: owner.key })).body_json.held_because;
    expect(held).toEqual({ source_url: "https://example.test/impressum", first_seen_at: expect.any(String), last_observed_at: expect.any(String) });

    const purged = await purgeStalePersonalData(db(), 365);
    expect(purged.prospects).toBe(1);
    expect(purged.observations).toBeGreaterThanOrEqual(1);
    expect(await peopleAt(companyId)).toEqual(["Nina Neu"]);
    const company = await db().selectFrom("companies").select(["email", "emails", "name"]).where("id", "=", companyId).executeTakeFirstOrThrow();
    expect(company).toEqual({ email: null, emails: [], name: "Firm retention-co.de" });
    // Running again finds nothing more to delete.
    expect((await purgeStalePersonalData(db(), 365)).prospects).toBe(0);
  });
});
