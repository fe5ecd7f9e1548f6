import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
});
afterAll(() => t.close());

async function newOrder(): Promise<string> {
  const response = await call(t.app, "POST", "/api/v1/orders", {
    key: owner.key,
    body: { order_type: "ENRICHMENT", companies: [{ company_name: "Acme", website_url: "acme.example.com" }] },
  });
  return response.body_json.order_id;
}

const admin = (path: string, body?: unknown) => call(t.app, "POST", `/api/admin/v1/orders/${path}`, { key: t.adminKey, body });

describe("operator review", () => {
  it("lists the review queue across organizations", async () => {
    const orderId = await newOrder();
    const queue = await call(t.app, "GET", "/api/admin/v1/orders?status=RECEIVED&limit=100", { key: t.adminKey });
    expect(queue.statusCode).toBe(200);
    const item = queue.body_json.items.find((o: { order_id: string }) => o.order_id === orderId);
    expect(item).toMatchObject({ organization_id: owner.organizationId, status: "RECEIVED", test_mode: false });
  });

  it("accepting sets estimated_cost and enqueues fulfilment in the same transaction", async () => {
    const orderId = await newOrder();
    const before = await t.boss.getQueueSize("orders.fulfil");
    const accepted = await admin(`${orderId}/accept`, { estimated_cost: 12.5 });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.body_json).toMatchObject({ status: "ACCEPTED", estimated_cost: 12.5 });
    expect(accepted.body_json.accepted_at).not.toBeNull();
    expect(await t.boss.getQueueSize("orders.fulfil")).toBe(before + 1);
    const seen = await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key });
    expect(seen.body_json.estimated_cost).toBe(12.5);
  });

  it("rejecting records the message the client reads", async () => {
    const orderId = await newOrder();
    const rejected = await admin(`${orderId}/reject`, { message: "Websites outside our coverage" });
    expect(rejected.body_json).toMatchObject({ status: "REJECTED", message: "Websites outside our coverage" });
    const again = await admin(`${orderId}/accept`, {});
    expect(again.statusCode).toBe(409);
    expect(again.body_json).toMatchObject({ code: "CONFLICT", details: { current_status: "REJECTED" } });
  });

  it("records every status change with who made it", async () => {
    const orderId = await newOrder();
    await admin(`${orderId}/accept`);
    const events = await t.database.db.selectFrom("order_status_events").selectAll().where("order_id", "=", orderId).orderBy("created_at").execute();
    expect(events.map((e) => [e.from_status, e.to_status, e.actor_type])).toEqual([
      [null, "RECEIVED", "api_key"],
      ["RECEIVED", "ACCEPTED", "admin"],
    ]);
    expect(events[1].actor_id).toBeTruthy();
  });

  it("an accept and a reject racing on one order: exactly one wins, the other is 409", async () => {
    for (let round = 0; round < 5; round++) {
      const orderId = await newOrder();
      const [accept, reject] = await Promise.all([admin(`${orderId}/accept`), admin(`${orderId}/reject`, { message: "no" })]);
      expect([accept.statusCode, reject.statusCode].sort()).toEqual([200, 409]);
    }
  });

  it("an accept and a cancel racing: never a silent overwrite, the log explains the final state", async () => {
    for (let round = 0; round < 5; round++) {
      const orderId = await newOrder();
      const [accept, cancel] = await Promise.all([admin(`${orderId}/accept`), call(t.app, "POST", `/api/v1/orders/${orderId}/cancel`, { key: owner.key })]);
      const events = await t.database.db.selectFrom("order_status_events").select(["from_status", "to_status"]).where("order_id", "=", orderId).orderBy("created_at").orderBy("id").execute();
      const final = (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: owner.key })).body_json.status;
      expect(events.at(-1)!.to_status).toBe(final);
      if (cancel.statusCode === 200 && accept.statusCode === 200) {
        // accept won the race, and cancelling an accepted order is a legal second step
        expect(events.map((e) => e.to_status)).toEqual(["RECEIVED", "ACCEPTED", "CANCELLED"]);
      } else {
        expect([accept.statusCode, cancel.statusCode].sort()).toEqual([200, 409]);
      }
    }
  });

  it("two operators accepting at once: exactly one succeeds", async () => {
    const orderId = await newOrder();
    const results = await Promise.all(Array.from({ length: 6 }, () => admin(`${orderId}/accept`)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 409)).toHaveLength(5);
  });

  it("an unknown order is 404 and a bad body 422", async () => {
    expect((await admin("00000000-0000-4000-8000-000000000000/accept")).statusCode).toBe(404);
    const orderId = await newOrder();
    expect((await admin(`${orderId}/reject`, {})).statusCode).toBe(422);
    expect((await admin(`${orderId}/accept`, { estimated_cost: -1 })).statusCode).toBe(422);
  });
});
