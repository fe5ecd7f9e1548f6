import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/config.ts";
import { demoCompanyFor } from "../../src/engine/demo-sites/index.ts";
import { createWorkerPorts, type WorkerPorts } from "../../src/runtime/worker-ports.ts";
import { addKey, createTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";

let t: TestApp;
let ports: WorkerPorts;

beforeAll(async () => {
  // No proxy, no allow-list: a test-mode order must not need (or touch) the network at all.
  t = await startTestApp({ workers: true, ports: async (db) => (ports = createWorkerPorts(readConfig({ OPENPROSPECT_DNS_LOOKUPS: "off" }), db)) });
});
afterAll(async () => {
  await t.close();
  await ports.close();
});

describe("test-mode keys", () => {
  it("are accepted automatically and fulfilled against the demonstration websites, invisible to live keys", async () => {
    const live = await createTenant(t.database.db);
    const test = await addKey(t.database.db, live.organizationId, { test: true });
    const created = await call(t.app, "POST", "/api/v1/orders", {
      key: test.key,
      body: { order_type: "ENRICHMENT", companies: [{ company_name: "Nordlicht Bau", external_id: "T-1", website_url: "https://www.nordlicht-bau.de" }] },
    });
    expect(created.body_json).toMatchObject({ status: "RECEIVED", message: "Order received. Awaiting admin review." });
    const orderId = created.body_json.order_id;
    await waitFor(async () => (await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: test.key })).body_json.status === "COMPLETED");
    const results = (await call(t.app, "GET", `/api/v1/orders/${orderId}/results`, { key: test.key })).body_json;
    const demo = demoCompanyFor("www.nordlicht-bau.de");
    expect(results.items[0]).toMatchObject({ status: "ENRICHED", company: { legal_name: demo.legalName, registration: { number: demo.register } } });
    expect((await call(t.app, "GET", `/api/v1/orders/${orderId}`, { key: live.key })).statusCode).toBe(404);
    expect((await call(t.app, "GET", `/api/v1/companies/${results.items[0].company.id}`, { key: live.key })).statusCode).toBe(404);
  }, 60_000);
});
