import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "../../src/core/ids.ts";
import { completeOrderIfSettled } from "../../src/core/orders/complete-if-settled.ts";
import { transitionOrder } from "../../src/core/orders/transition-order.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db, { preset: "read_only" });
});
afterAll(() => t.close());

async function order(status: "RECEIVED" | "IN_PROGRESS", pendingRows: number): Promise<string> {
  const id = newId();
  await t.database.db
    .insertInto("orders")
    .values({ id, organization_id: owner.organizationId, test_mode: false, order_type: "ENRICHMENT", features: [], briefing_quantity: 1, company_count: 1, status })
    .execute();
  for (let i = 0; i < pendingRows; i++) await t.database.db.insertInto("order_companies").values({ id: newId(), order_id: id, position: i }).execute();
  return id;
}

const events = (orderId: string) => t.database.db.selectFrom("order_status_events").select(["from_status", "to_status"]).where("order_id", "=", orderId).execute();

describe("transitionOrder", () => {
  it("checks COMPLETED against the transition table like every other status", async () => {
    const received = await order("RECEIVED", 0);
    await expect(t.database.db.transaction().execute((trx) => transitionOrder(trx, t.jobs, { orderId: received, to: "COMPLETED", actor: { type: "system", id: null } }))).rejects.toMatchObject({
      details: { current_status: "RECEIVED", requested_status: "COMPLETED" },
    });
    expect(await t.database.db.transaction().execute((trx) => completeOrderIfSettled(trx, t.jobs, received))).toBe(false);
    expect(await events(received)).toEqual([]);
  });

  it("completes an order only when no row is pending, logging the move once", async () => {
    const busy = await order("IN_PROGRESS", 1);
    expect(await t.database.db.transaction().execute((trx) => completeOrderIfSettled(trx, t.jobs, busy))).toBe(false);
    const settled = await order("IN_PROGRESS", 0);
    expect(await t.database.db.transaction().execute((trx) => completeOrderIfSettled(trx, t.jobs, settled))).toBe(true);
    expect(await t.database.db.transaction().execute((trx) => completeOrderIfSettled(trx, t.jobs, settled))).toBe(false);
    expect(await events(busy)).toEqual([]);
    expect(await events(settled)).toEqual([{ from_status: "IN_PROGRESS", to_status: "COMPLETED" }]);
    const row = await t.database.db.selectFrom("orders").select(["status", "completed_at"]).where("id", "=", settled).executeTakeFirstOrThrow();
    expect(row.status).toBe("COMPLETED");
    expect(row.completed_at).not.toBeNull();
  });
});
