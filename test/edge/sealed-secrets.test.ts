import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSecretBox, isSealed } from "../../src/core/secrets/secret-box.ts";
import { encryptClearDestinationSecrets } from "../../src/core/webhook-destinations/encrypt-clear-secrets.ts";
import { openDestinationSecrets } from "../../src/core/webhook-destinations/sealed-secrets.ts";
import { deliverWebhookEvent } from "../../src/core/webhooks/deliver-event.ts";
import { enqueueWebhookEvent } from "../../src/core/webhooks/enqueue-event.ts";
import { newId } from "../../src/core/ids.ts";
import { createWebhookPoster } from "../../src/engine/deliver/post-webhook.ts";
import { createProspectSearch, tenantOf } from "../support/companies-fixtures.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let server: Server;
let base: string;
const received: { headers: Record<string, string>; body: string }[] = [];
const poster = createWebhookPoster({ allowCidrs: ["127.0.0.0/8"] });

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await poster.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

const storedDestination = (id: string) =>
  t.database.db.selectFrom("webhook_destinations").select(["id as destination_id", "signing_secret", "auth_token"]).where("id", "=", id).executeTakeFirstOrThrow();

async function deliverOneEvent(searchId: string, dedupeKey: string): Promise<{ headers: Record<string, string>; body: string }> {
  await t.database.db.transaction().execute((trx) =>
    enqueueWebhookEvent(trx, t.jobs, tenantOf(owner), { prospectSearchId: searchId, eventType: "order.status_changed", dedupeKey, data: { order_id: dedupeKey } }),
  );
  const event = await t.database.db.selectFrom("webhook_events").select("id").where("dedupe_key", "=", dedupeKey).executeTakeFirstOrThrow();
  expect(await deliverWebhookEvent(t.database.db, t.jobs, poster, t.secrets, event.id, "automatic")).toBe("delivered");
  return received.at(-1)!;
}

describe("webhook secrets at rest", () => {
  it("the signing secret and bearer token are stored encrypted, and deliveries still verify", async () => {
    const searchId = await createProspectSearch(t.database.db, tenantOf(owner));
    const created = await call(t.app, "POST", `/api/v1/deliveries/${searchId}/destinations`, {
      key: owner.key,
      body: { type: "webhook", url: `${base}/hook`, auth_type: "bearer", auth_token: "tok_receiver_password" },
    });
    expect(created.statusCode).toBe(201);
    const secret: string = created.body_json.signing_secret;
    const row = await storedDestination(created.body_json.id);
    expect(isSealed(row.signing_secret) && isSealed(row.auth_token!)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(secret.slice(6));
    expect(JSON.stringify(row)).not.toContain("tok_receiver_password");
    const delivery = await deliverOneEvent(searchId, "sealed-1");
    expect(() => new Webhook(secret).verify(delivery.body, delivery.headers)).not.toThrow();
    expect(delivery.headers.authorization).toBe("Bearer tok_receiver_password");
  });

  it("a sealed secret moved to another destination does not open, and another key opens nothing", async () => {
    const searchId = await createProspectSearch(t.database.db, tenantOf(owner));
    const created = await call(t.app, "POST", `/api/v1/deliveries/${searchId}/destinations`, { key: owner.key, body: { type: "webhook", url: `${base}/hook` } });
    const row = await storedDestination(created.body_json.id);
    expect(openDestinationSecrets(t.secrets, row).signingSecret).toBe(created.body_json.signing_secret);
    expect(() => openDestinationSecrets(t.secrets, { ...row, destination_id: newId() })).toThrow();
    expect(() => openDestinationSecrets(createSecretBox(randomBytes(32)), row)).toThrow();
  });

  it("destinations stored in clear before the upgrade are encrypted at start-up, once, and keep signing", async () => {
    const searchId = await createProspectSearch(t.database.db, tenantOf(owner));
    const id = newId();
    const legacySecret = `whsec_${randomBytes(24).toString("base64")}`;
    await t.database.db
      .insertInto("webhook_destinations")
      .values({ id, organization_id: owner.organizationId, test_mode: false, prospect_search_id: searchId, url: `${base}/legacy`, auth_type: "bearer", auth_token: "legacy_token", signing_secret: legacySecret })
      .execute();
    expect(await encryptClearDestinationSecrets(t.database.db, t.secrets)).toBeGreaterThanOrEqual(1);
    expect(await encryptClearDestinationSecrets(t.database.db, t.secrets)).toBe(0);
    const row = await storedDestination(id);
    expect(isSealed(row.signing_secret) && isSealed(row.auth_token!)).toBe(true);
    const delivery = await deliverOneEvent(searchId, "legacy-1");
    expect(() => new Webhook(legacySecret).verify(delivery.body, delivery.headers)).not.toThrow();
    expect(delivery.headers.authorization).toBe("Bearer legacy_token");
  });
});

describe("idempotency records hold no raw key or secret", () => {
  it("a created API key and a whsec_ secret are replayed to the same client, but not stored readable", async () => {
    const idempotencyKey = `create-key-${newId()}`;
    const send = () => call(t.app, "POST", `/api/admin/v1/organizations/${owner.organizationId}/api-keys`, {
      key: t.adminKey,
      headers: { "idempotency-key": idempotencyKey },
      body: { name: "CRM sync", preset: "read_only" },
    });
    const first = await send();
    expect(first.statusCode).toBe(201);
    const rawKey: string = first.body_json.key;
    expect(rawKey).toMatch(/^lnc_live_/);
    const searchId = await createProspectSearch(t.database.db, tenantOf(owner));
    const destination = await call(t.app, "POST", `/api/v1/deliveries/${searchId}/destinations`, {
      key: owner.key,
      headers: { "idempotency-key": idempotencyKey },
      body: { type: "webhook", url: `${base}/hook` },
    });
    const records = JSON.stringify(await t.database.db.selectFrom("idempotency_records").selectAll().execute());
    for (const readable of [rawKey, rawKey.slice(9), destination.body_json.signing_secret, destination.body_json.signing_secret.slice(6), idempotencyKey]) {
      expect(records).not.toContain(readable);
    }
    const replay = await send();
    expect(replay.statusCode).toBe(201);
    expect(replay.headers["idempotency-replayed"]).toBe("true");
    expect(replay.body).toBe(first.body);
  });
});
