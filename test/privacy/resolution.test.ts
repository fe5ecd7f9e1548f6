import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { extraction, person } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
const db = () => t.database.db;
type Facts = Parameters<typeof extraction>[1];
const crawl = async (domain: string | null, facts: Facts, people: string[] = []) =>
  (await recordSiteExtraction(db(), {
    testMode: false,
    extraction: { ...extraction(domain ?? "no-site", facts, { people: people.map((name) => person(name)) }), domain },
    websiteUrl: domain ? `https://${domain}/` : "",
    crawledAt: new Date().toISOString(),
  })).companyId;
const peopleAt = async (companyId: string) =>
  (await db().selectFrom("prospects").select("full_name").where("company_id", "=", companyId).orderBy("full_name").execute()).map((p) => p.full_name);
const candidatesOf = (companyId: string) => db().selectFrom("company_merge_candidates").select(["company_id", "reason", "status"]).where("candidate_of", "=", companyId).execute();

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(db());
});
afterAll(() => t.close());

describe("company resolution cannot be hijacked", () => {
  it("a site printing another company's register number (with or without its court) gets its own record", async () => {
    const victim = await crawl("victim-gmbh.de", { name: "Victim GmbH", register: { court: "Amtsgericht Köln", number: "HRB 12345" } }, ["Vera Opfer"]);
    const withoutCourt = await crawl("attacker-one.de", { name: "Victim GmbH", register: { court: null, number: "HRB 12345" } }, ["Mallory Eins"]);
    const otherCourt = await crawl("attacker-two.de", { name: "Other", register: { court: "Amtsgericht Bonn", number: "HRB 12345" } }, ["Mallory Zwei"]);
    const sameCourt = await crawl("attacker-three.de", { name: "Fake", register: { court: "AG Köln", number: "HRB 12 345" } }, ["Mallory Drei"]);
    for (const id of [withoutCourt, otherCourt, sameCourt]) expect(id).not.toBe(victim);
    expect(await peopleAt(victim)).toEqual(["Vera Opfer"]);
    expect(await peopleAt(sameCourt)).toEqual(["Mallory Drei"]);
    const victimRow = await db().selectFrom("companies").select(["domain", "name"]).where("id", "=", victim).executeTakeFirstOrThrow();
    expect(victimRow).toEqual({ domain: "victim-gmbh.de", name: "Victim GmbH" });
    // Only the full register identity (number + the same court, however it is written) is worth a review.
    expect(await candidatesOf(victim)).toEqual([{ company_id: sameCourt, reason: "register", status: "pending" }]);
  });

  it("the same name and city with another domain is a separate company and a candidate, never a silent merge", async () => {
    const known = await crawl("baecker-known.de", { name: "Bäckerei Korn", city: "Hamburg" });
    const lookalike = await crawl("baecker-lookalike.de", { name: "Bäckerei Korn", city: "Hamburg" }, ["Lars Look"]);
    expect(lookalike).not.toBe(known);
    expect(await peopleAt(known)).toEqual([]);
    expect(await candidatesOf(known)).toEqual([{ company_id: lookalike, reason: "name_city", status: "pending" }]);
  });

  it("a company known without a website takes the domain of a crawl with its full register identity; a name alone does not", async () => {
    const noSite = await crawl(null, { name: "Registered AG", register: { court: "Amtsgericht München", number: "HRB 999" } });
    expect(await crawl("registered-ag.de", { name: "Registered AG", register: { court: "AG München", number: "HRB 999" } })).toBe(noSite);
    const nameOnly = await crawl(null, { name: "Nur Name KG", city: "Ulm" });
    const claimed = await crawl("nur-name.de", { name: "Nur Name KG", city: "Ulm" });
    expect(claimed).not.toBe(nameOnly);
    expect(await candidatesOf(nameOnly)).toEqual([{ company_id: claimed, reason: "name_city", status: "pending" }]);
  });
});

describe("merge candidates (admin)", () => {
  it("lists the queue, approves one into a merge and dismisses another", async () => {
    const known = await crawl("review-known.de", { name: "Review GmbH", register: { court: "Amtsgericht Essen", number: "HRB 5" } });
    const second = await crawl("review-second.de", { name: "Review GmbH", register: { court: "Amtsgericht Essen", number: "HRB 5" } }, ["Sina Second"]);
    const third = await crawl("review-third.de", { name: "Review GmbH", register: { court: "Amtsgericht Essen", number: "HRB 5" } });
    const queue = await call(t.app, "GET", "/api/admin/v1/merge-candidates", { key: t.adminKey, query: { status: "pending", limit: "100" } });
    const mine = queue.body_json.items.filter((c: any) => c.candidate_of === known);
    expect(mine).toEqual([
      expect.objectContaining({ company_id: second, reason: "register", company: { domain: "review-second.de", name: "Review GmbH" }, candidate: { domain: "review-known.de", name: "Review GmbH" } }),
      expect.objectContaining({ company_id: third }),
    ]);
    const approved = await call(t.app, "POST", `/api/admin/v1/merge-candidates/${mine[0].id}/approve`, { key: t.adminKey });
    expect(approved.body_json).toMatchObject({ status: "merged", resolved_at: expect.any(String) });
    expect(await peopleAt(known)).toEqual(["Sina Second"]);
    expect((await db().selectFrom("companies").select("merged_into").where("id", "=", second).executeTakeFirstOrThrow()).merged_into).toBe(known);
    const dismissed = await call(t.app, "POST", `/api/admin/v1/merge-candidates/${mine[1].id}/dismiss`, { key: t.adminKey });
    expect(dismissed.body_json).toMatchObject({ status: "dismissed" });
    expect((await call(t.app, "POST", `/api/admin/v1/merge-candidates/${mine[1].id}/approve`, { key: t.adminKey })).statusCode).toBe(409);
    expect((await call(t.app, "POST", "/api/admin/v1/merge-candidates/00000000-0000-4000-8000-000000000000/approve", { key: t.adminKey })).statusCode).toBe(404);
    expect((await call(t.app, "GET", "/api/admin/v1/merge-candidates", { key: owner.key })).statusCode).toBe(401);
    expect((await call(t.app, "GET", "/api/admin/v1/merge-candidates", { key: t.adminKey, query: { status: "maybe" } })).statusCode).toBe(422);
  });
});
