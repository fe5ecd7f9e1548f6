import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverEnrichedCompany } from "../../src/core/enrichment/deliver-enriched-company.ts";
import { newId } from "../../src/core/ids.ts";
import { listOrderResults } from "../../src/core/orders/results.ts";
import { addSuppressions } from "../../src/core/suppressions/add.ts";
import { personKey } from "../../src/core/suppressions/keys.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { createProspectSearch, extraction, person, raiseRateLimit, tenantOf } from "../support/companies-fixtures.ts";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

// Results, the pull feed and the webhook payload show one delivered company the same way:
// every person (more than any page size), none suppressed, in one order.
let t: TestApp;
let owner: TestTenant;
let searchId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db, { preset: "read_only" });
  await raiseRateLimit(t.database.db, owner.organizationId);
  searchId = await createProspectSearch(t.database.db, tenantOf(owner), "One view search");
});
afterAll(() => t.close());

async function orderWithOneRow(companyId: string): Promise<{ orderId: string; rowId: string }> {
  const orderId = newId();
  const rowId = newId();
  const tenant = tenantOf(owner);
  await t.database.db
    .insertInto("orders")
    .values({ id: orderId, organization_id: tenant.organizationId, test_mode: false, order_type: "ENRICHMENT", profile_id: searchId, features: ["CONTACTS"], briefing_quantity: 1, company_count: 1, status: "IN_PROGRESS" })
    .execute();
  await t.database.db.insertInto("order_companies").values({ id: rowId, order_id: orderId, position: 0, company_id: companyId, website_url: "https://many-people.de/" }).execute();
  return { orderId, rowId };
}

describe("one delivered company", () => {
  it("is the same in order results, the feed and the webhook payload: all people, none suppressed, same order", async () => {
    const people = Array.from({ length: 130 }, (_, i) => person(`Person ${String(130 - i).padStart(3, "0")} Example`));
    const site = extraction("many-people.de", { name: "Many People GmbH" }, { people });
    const { companyId } = await recordSiteExtraction(t.database.db, { testMode: false, extraction: site, websiteUrl: "https://many-people.de/", crawledAt: new Date().toISOString() });
    await addSuppressions(t.database.db, [personKey("Person 077 Example", "many-people.de")], "objection");
    await t.database.db
      .insertInto("webhook_destinations")
      .values({ id: newId(), organization_id: owner.organizationId, test_mode: false, prospect_search_id: searchId, url: "https://receiver.example/hook", signing_secret: "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXQ=", created_at: new Date().toISOString(), updated_at: new Date().toISOString() })
      .execute();
    const { orderId, rowId } = await orderWithOneRow(companyId);

    await deliverEnrichedCompany({ db: t.database.db, jobs: t.jobs }, { tenant: tenantOf(owner), orderId, rowId, companyId, prospectSearchId: searchId, features: ["CONTACTS"] });

    const event = await t.database.db.selectFrom("webhook_events").select("payload").where("company_id", "=", companyId).where("event_type", "=", "delivery.company_qualified").executeTakeFirstOrThrow();
    const webhookPeople = (event.payload as { data: { prospects: { full_name: string }[] } }).data.prospects.map((p) => p.full_name);
    const results = await listOrderResults(t.database.db, tenantOf(owner), orderId, { limit: 10, offset: 0 });
    const resultPeople = results.items[0]!.prospects.map((p) => p.full_name);
    const feed = await call(t.app, "GET", `/api/v1/deliveries/${searchId}/companies`, { key: owner.key });
    const feedPeople = feed.body_json.items.find((item: any) => item.id === companyId).prospects.map((p: any) => p.full_name);

    expect(webhookPeople).toHaveLength(129);
    expect(webhookPeople).not.toContain("Person 077 Example");
    expect(resultPeople).toEqual(webhookPeople);
    expect(feedPeople).toEqual(webhookPeople);
    expect(results.items[0]!.company?.prospect_search_id).toBe(searchId);
  });
});
