import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookPoster } from "../../src/engine/deliver/post-webhook.ts";
import { enqueueWebhookEvent } from "../../src/core/webhooks/enqueue-event.ts";
import { deliverWebhookEvent } from "../../src/core/webhooks/deliver-event.ts";
import { createProspectSearch } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { waitFor } from "../support/webhook-receiver.ts";
import { standardSecurityChecks } from "../support/security.ts";

let t: TestApp;
let owner: TestTenant;
let server: Server;
let base: string;
const hits: { path: string; id: string }[] = [];
const poster = createWebhookPoster({ allowCidrs: ["127.0.0.0/8"] });

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      hits.push({ path: req.url!, id: String(req.headers["webhook-id"]) });
      if (req.url === "/gone") res.writeHead(410).end();
      else if (req.url === "/broken") res.writeHead(500).end("boom");
      else res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await startTestApp({ workers: true, ports: async () => ({ webhookSender: poster }) });
  owner = await createTenant(t.database.db);
});
afterAll(async () => {
  await t.close();
  await poster.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function destination(path: string): Promise<{ searchId: string; id: string }> {
  const searchId = await createProspectSearch(t.database.db, { organizationId: owner.organizationId, testMode: false });
  const created = await call(t.app, "POST", `/api/v1/deliveries/${searchId}/destinations`, { key: owner.key, body: { type: "webhook", url: `${base}${path}`, auth_type: "none" } });
  expect(created.statusCode).toBe(201);
  return { searchId, id: created.body_json.id };
}

async function emit(searchId: string, dedupeKey: string): Promise<void> {
  await t.database.db.transaction().execute((trx) =>
    enqueueWebhookEvent(trx, t.jobs, { organizationId: owner.organizationId, testMode: false }, { prospectSearchId: searchId, eventType: "order.status_changed", dedupeKey, data: { order_id: dedupeKey } }),
  );
}

const log = async (d: { searchId: string; id: string }) =>
  (await call(t.app, "GET", `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/events`, { key: owner.key })).body_json;

describe("webhook delivery", () => {
  it("delivers once per event, logs the attempt, and replays with the same webhook-id", async () => {
    const d = await destination("/ok");
    await emit(d.searchId, "e1");
    await emit(d.searchId, "e1"); // the same fact twice is one event
    const delivered = await waitFor(async () => ((await log(d)).items[0]?.status === "delivered" ? await log(d) : null));
    expect(delivered.total).toBe(1);
    expect(delivered.items[0].attempt_log).toEqual([expect.objectContaining({ attempt: 1, status_code: 200, outcome: "delivered", trigger: "automatic" })]);
    const eventId = delivered.items[0].id;
    const replay = await call(t.app, "POST", `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/events/${eventId}/replay`, { key: owner.key });
    expect(replay.statusCode).toBe(202);
    await waitFor(async () => hits.filter((h) => h.id === eventId).length === 2);
    const admin = await call(t.app, "POST", `/api/admin/v1/webhook-events/${eventId}/replay`, { key: t.adminKey });
    expect(admin.statusCode).toBe(202);
    await waitFor(async () => hits.filter((h) => h.id === eventId).length === 3);
  });

  it("a 410 disables the destination; later events are held", async () => {
    const d = await destination("/gone");
    await emit(d.searchId, "g1");
    await waitFor(async () => (await log(d)).items[0]?.status === "failed");
    const shown = await call(t.app, "GET", `/api/v1/deliveries/${d.searchId}/destinations/${d.id}`, { key: owner.key });
    expect(shown.body_json.status).toBe("disabled");
  });

  it("replay respects the destination's state: a disabled or paused destination receives nothing until resumed", async () => {
    const d = await destination("/ok");
    await emit(d.searchId, "r1");
    const eventId = (await waitFor(async () => ((await log(d)).items[0]?.status === "delivered" ? await log(d) : null))).items[0].id;
    const replayUrl = `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/events/${eventId}/replay`;
    for (const status of ["disabled", "paused"] as const) {
      await t.database.db.updateTable("webhook_destinations").set({ status }).where("id", "=", d.id).execute();
      const client = await call(t.app, "POST", replayUrl, { key: owner.key });
      expect(client.statusCode).toBe(409);
      expect(client.body_json).toMatchObject({ code: "DESTINATION_NOT_ACTIVE", details: { destination_status: status } });
      const admin = await call(t.app, "POST", `/api/admin/v1/webhook-events/${eventId}/replay`, { key: t.adminKey });
      expect(admin.statusCode).toBe(409);
    }
    // a replay queued while the destination was active is not sent once it has been disabled
    await t.database.db.updateTable("webhook_destinations").set({ status: "disabled" }).where("id", "=", d.id).execute();
    expect(await deliverWebhookEvent(t.database.db, t.jobs, poster, t.secrets, eventId, "replay")).toBe("skipped");
    expect(hits.filter((h) => h.id === eventId)).toHaveLength(1);
    await t.database.db.updateTable("webhook_destinations").set({ status: "paused" }).where("id", "=", d.id).execute();
    expect((await call(t.app, "POST", `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/resume`, { key: owner.key })).statusCode).toBe(200);
    expect((await call(t.app, "POST", replayUrl, { key: owner.key })).statusCode).toBe(202);
    await waitFor(async () => hits.filter((h) => h.id === eventId).length === 2);
  });

  it("a failing receiver is retried later, and after repeated failures the destination pauses until resumed", async () => {
    const d = await destination("/broken");
    await t.database.db.updateTable("webhook_destinations").set({ consecutive_failures: 24 }).where("id", "=", d.id).execute();
    await emit(d.searchId, "b1");
    const first = await waitFor(async () => ((await log(d)).items[0]?.attempts === 1 ? await log(d) : null));
    expect(first.items[0]).toMatchObject({ status: "pending", last_error: "HTTP 500" });
    expect(first.items[0].next_attempt_at).not.toBeNull();
    const paused = await call(t.app, "GET", `/api/v1/deliveries/${d.searchId}/destinations/${d.id}`, { key: owner.key });
    expect(paused.body_json.status).toBe("paused");
    await t.database.db.updateTable("webhook_destinations").set({ url: `${base}/ok` }).where("id", "=", d.id).execute();
    const resumed = await call(t.app, "POST", `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/resume`, { key: owner.key });
    expect(resumed.statusCode).toBe(200);
    await emit(d.searchId, "b2");
    await waitFor(async () => (await log(d)).items.find((e: { status: string }) => e.status === "delivered"));
  });

  it("refuses to call a private address that is not allow-listed, without retrying", async () => {
    const guarded = createWebhookPoster();
    const result = await guarded.post(`${base}/ok`, {}, "{}");
    expect(result).toMatchObject({ kind: "error", blocked: true });
    await guarded.close();
  });
});

describe("delivery log, replay and resume security", () => {
  let d: { searchId: string; id: string };
  let stranger: TestTenant;
  beforeAll(async () => {
    d = await destination("/ok");
    stranger = await createTenant(t.database.db);
  });
  const ctx = { testApp: () => t, owner: () => owner };
  const crossTenant = { otherKey: () => stranger.key };
  standardSecurityChecks(ctx, { method: "GET", url: () => `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/events`, scopes: ["deliveries:read"], crossTenant });
  standardSecurityChecks(ctx, { method: "POST", url: () => `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/resume`, scopes: ["deliveries:write"], crossTenant });
  standardSecurityChecks(ctx, { method: "POST", url: () => `/api/v1/deliveries/${d.searchId}/destinations/${d.id}/events/00000000-0000-4000-8000-000000000000/replay`, scopes: ["deliveries:write"], crossTenant });
});
