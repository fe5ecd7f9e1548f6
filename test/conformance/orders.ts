import { describe, expect, it } from "vitest";
import { enrichOrderCompany } from "../../src/core/enrichment/enrich-order-company.ts";
import type { EnrichmentPort } from "../../src/core/enrichment/port.ts";
import { excludeBlacklistedRows } from "../../src/core/orders/exclude-blacklisted.ts";
import { startOrderFulfilment } from "../../src/core/orders/start-fulfilment.ts";
import { extraction, job, person, tech } from "../support/companies-fixtures.ts";
import { addKey } from "../support/fixtures.ts";
import { NOWHERE, notFoundBody, world } from "./world.ts";

// The enrichment order example of docs-notes §7.4 (its cut `country` completed).
export const ENRICHMENT_EXAMPLE = {
  title: "Q1 2026 Hotel Prospects",
  features: ["COMPANY_DATA", "CONTACTS", "TECHNOLOGIES"],
  profile_name: "Hotel Enrichment Q1",
  companies: [
    { company_name: "Grand Hotel Berlin", external_id: "CRM-1001", website_url: "https://www.grandhotel-berlin.de", city: "Berlin", country: "Germany" },
    { company_name: "Hotel Nirgendwo", external_id: "CRM-1002", city: "Atlantis", country: "Germany" },
  ],
};

export const CREATED_SHAPE = (companyCount: number, orderType = "ENRICHMENT") => ({
  order_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  order_type: orderType,
  status: "RECEIVED",
  company_count: companyCount,
  estimated_cost: null,
  message: "Order received. Awaiting admin review.",
});

/** The crawl engine's place in the pipeline, answering from a fixed extraction instead of the web. */
const hotelSite: EnrichmentPort = {
  async analyzeWebsite(url) {
    if (!url.includes("grandhotel-berlin.de")) return { kind: "unreachable", reason: "dns_error: ENOTFOUND" };
    const site = extraction("grandhotel-berlin.de", { name: "Grand Hotel Berlin", legal_name: "Grand Hotel Berlin GmbH", city: "Berlin", country: "DE" }, {
      people: [person("Greta Grand", { email: "greta@grandhotel-berlin.de", email_method: "mailto" })],
      jobs: [job("Rezeptionist (m/w/d)")],
      technologies: [tech("wordpress")],
    });
    return { kind: "analyzed", extraction: site, pagesFetched: 3 };
  },
};

async function createOrder(body: object = { order_type: "ENRICHMENT", ...ENRICHMENT_EXAMPLE }): Promise<string> {
  const created = await world.as("POST", "/api/v1/orders", { body });
  expect(created.statusCode).toBe(201);
  return created.body_json.order_id;
}

/** What the fulfil and enrich tasks do, run inline so the suite needs no worker timing. */
async function fulfil(orderId: string): Promise<void> {
  const { db } = world.t.database;
  await startOrderFulfilment(db, world.t.jobs, orderId, excludeBlacklistedRows);
  const rows = await db.selectFrom("order_companies").select("id").where("order_id", "=", orderId).orderBy("position").execute();
  for (const row of rows) await enrichOrderCompany({ db, jobs: world.t.jobs, enrichment: hotelSite }, { orderId, rowId: row.id });
}

export function orderScenarios(): void {
  describe("orders (docs §7.4)", () => {
    it("POST /api/v1/orders/ with the documented example answers exactly the documented shape", async () => {
      const created = await world.as("POST", "/api/v1/orders/", { body: { order_type: "ENRICHMENT", ...ENRICHMENT_EXAMPLE } });
      expect(created.statusCode).toBe(201);
      expect(created.body_json).toEqual(CREATED_SHAPE(2));
    });

    it("lists and reads orders; an unknown or foreign order is the documented 404 body", async () => {
      const orderId = await createOrder();
      const list = await world.as("GET", "/api/v1/orders", { query: { limit: "10" } });
      expect(list.body_json.items.map((o: { order_id: string }) => o.order_id)).toContain(orderId);
      const one = await world.as("GET", `/api/v1/orders/${orderId}`);
      expect(one.body_json).toMatchObject({ order_id: orderId, status: "RECEIVED", title: ENRICHMENT_EXAMPLE.title, features: ENRICHMENT_EXAMPLE.features });
      expect((await world.as("GET", `/api/v1/orders/${NOWHERE}`)).body_json).toEqual(notFoundBody("ORDER_NOT_FOUND", "Order", NOWHERE));
      const foreign = await world.as("GET", `/api/v1/orders/${orderId}`, { key: world.other.key });
      expect(foreign.statusCode).toBe(404);
      expect(foreign.body_json).toEqual(notFoundBody("ORDER_NOT_FOUND", "Order", orderId));
      expect((await world.as("GET", `/api/v1/orders/${orderId}/results`, { key: world.other.key })).statusCode).toBe(404);
    });

    it("review → fulfilment through the pipeline → COMPLETED with results per input company", async () => {
      const blacklist = await world.as("POST", "/api/v1/blacklists", { body: { name: "Existing hotel customers" } });
      const entry = { company_name: "Hotel Bestandskunde", website_url: "https://hotel-bestandskunde.de", external_id: "CRM-0042" };
      await world.as("POST", `/api/v1/blacklists/${blacklist.body_json.id}/entries`, { body: { entries: [entry] } });
      const companies = [...ENRICHMENT_EXAMPLE.companies, { ...entry, external_id: "CRM-1003" }];
      const orderId = await createOrder({ order_type: "ENRICHMENT", ...ENRICHMENT_EXAMPLE, companies, blacklist_ids: [blacklist.body_json.id] });
      const queue = await world.admin("GET", "/api/admin/v1/orders?status=RECEIVED&limit=100");
      expect(queue.body_json.items.map((o: { order_id: string }) => o.order_id)).toContain(orderId);
      const accepted = await world.admin("POST", `/api/admin/v1/orders/${orderId}/accept`, { estimated_cost: 2 });
      expect(accepted.body_json).toMatchObject({ order_id: orderId, status: "ACCEPTED", estimated_cost: 2 });
      await fulfil(orderId);

      const done = await world.as("GET", `/api/v1/orders/${orderId}`);
      expect(done.body_json).toMatchObject({ status: "COMPLETED", progress: { total: 3, processed: 3, succeeded: 1, excluded: 1 } });
      const results = await world.as("GET", `/api/v1/orders/${orderId}/results`);
      expect(results.body_json.items.map((r: { source_id: string; status: string }) => [r.source_id, r.status])).toEqual([
        ["CRM-1001", "ENRICHED"],
        ["CRM-1002", "NOT_FOUND"],
        ["CRM-1003", "EXCLUDED"],
      ]);
      expect(results.body_json.items[2]).toMatchObject({ company: null, excluded_by_entry_id: expect.any(String), reason: expect.any(String) });
      expect(results.body_json.items[0]).toMatchObject({ company: { name: "Grand Hotel Berlin", domain: "grandhotel-berlin.de" }, prospects: [{ full_name: "Greta Grand" }] });
      const page = await world.as("GET", `/api/v1/orders/${orderId}/results`, { query: { limit: "1" } });
      expect(page.body_json).toMatchObject({ has_more: true, next_cursor: expect.any(String) });
      expect((await world.as("POST", `/api/v1/orders/${orderId}/cancel`)).statusCode).toBe(409);
    });

    it("the client cancels a RECEIVED order; a second cancel is 409", async () => {
      const orderId = await createOrder();
      const cancelled = await world.as("POST", `/api/v1/orders/${orderId}/cancel`);
      expect(cancelled.statusCode).toBe(200);
      expect(cancelled.body_json).toMatchObject({ order_id: orderId, status: "CANCELLED" });
      const again = await world.as("POST", `/api/v1/orders/${orderId}/cancel`);
      expect(again.statusCode).toBe(409);
    });

    it("an operator rejects with a message or cancels; reviewing a settled order is 409", async () => {
      const rejectedId = await createOrder();
      const rejected = await world.admin("POST", `/api/admin/v1/orders/${rejectedId}/reject`, { message: "Out of scope" });
      expect(rejected.body_json).toMatchObject({ status: "REJECTED", message: "Out of scope" });
      expect((await world.admin("POST", `/api/admin/v1/orders/${rejectedId}/accept`, {})).statusCode).toBe(409);
      const cancelledId = await createOrder();
      expect((await world.admin("POST", `/api/admin/v1/orders/${cancelledId}/cancel`, {})).body_json.status).toBe("CANCELLED");
      expect((await world.admin("POST", `/api/admin/v1/orders/${NOWHERE}/reject`, { message: "x" })).statusCode).toBe(404);
    });

    it("a test-mode order is invisible to the live key of the same organization, and the reverse", async () => {
      const testKey = await addKey(world.t.database.db, world.owner.organizationId, { test: true });
      const created = await world.as("POST", "/api/v1/orders", { key: testKey.key, body: { order_type: "ENRICHMENT", ...ENRICHMENT_EXAMPLE } });
      expect(created.statusCode).toBe(201);
      const orderId = created.body_json.order_id;
      expect((await world.as("GET", `/api/v1/orders/${orderId}`, { key: testKey.key })).statusCode).toBe(200);
      expect((await world.as("GET", `/api/v1/orders/${orderId}`)).body_json).toEqual(notFoundBody("ORDER_NOT_FOUND", "Order", orderId));
      const liveId = await createOrder();
      expect((await world.as("GET", `/api/v1/orders/${liveId}`, { key: testKey.key })).statusCode).toBe(404);
    });

    it("an Idempotency-Key replays the first response; the same key with another body is 422", async () => {
      const headers = { "idempotency-key": "order-q1-hotels" };
      const body = { order_type: "ENRICHMENT", ...ENRICHMENT_EXAMPLE };
      const first = await world.as("POST", "/api/v1/orders", { body, headers });
      const replay = await world.as("POST", "/api/v1/orders", { body, headers });
      expect(replay.headers["idempotency-replayed"]).toBe("true");
      expect(replay.body_json).toEqual(first.body_json);
      const reused = await world.as("POST", "/api/v1/orders", { body: { ...body, title: "Other" }, headers });
      expect(reused.statusCode).toBe(422);
      expect(reused.body_json.code).toBe("IDEMPOTENCY_KEY_REUSED");
    });
  });
}
