import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { webhookHeaders } from "../../src/core/webhooks/sign.ts";
import { verifyWebhook, WebhookVerificationError } from "../src/index.ts";

// Signatures as the server makes them (the same function the webhook sender uses), and as the
// reference Standard Webhooks library makes them.
const secret = `whsec_${Buffer.from("a signing secret of 32 bytes....").toString("base64")}`;
const body = JSON.stringify({ event: "delivery.company_delivered", data: { company_id: "c-1" } });

describe("verifyWebhook", () => {
  it("accepts a delivery signed by the server and returns the parsed event", () => {
    const headers = webhookHeaders(secret, "msg_1", body);
    expect(verifyWebhook({ secret, headers, body })).toEqual(JSON.parse(body));
    expect(verifyWebhook({ secret, headers: new Headers(headers), body: new TextEncoder().encode(body) })).toEqual(JSON.parse(body));
  });

  it("accepts the reference library's signature, also among several during a secret rotation", () => {
    const at = new Date();
    const signature = new Webhook(secret).sign("msg_2", at, body);
    const headers = { "webhook-id": "msg_2", "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": `v1,${Buffer.alloc(32).toString("base64")} ${signature}` };
    expect(verifyWebhook({ secret, headers, body })).toEqual(JSON.parse(body));
  });

  it("rejects a changed body, another secret, a missing header and an old timestamp", () => {
    const headers = webhookHeaders(secret, "msg_3", body);
    expect(() => verifyWebhook({ secret, headers, body: body.replace("c-1", "c-2") })).toThrow(WebhookVerificationError);
    expect(() => verifyWebhook({ secret: `whsec_${Buffer.from("another secret").toString("base64")}`, headers, body })).toThrow(/No signature matches/);
    expect(() => verifyWebhook({ secret, headers: { ...headers, "webhook-id": undefined }, body })).toThrow(/Missing/);
    const old = webhookHeaders(secret, "msg_4", body, Date.now() - 10 * 60_000);
    expect(() => verifyWebhook({ secret, headers: old, body })).toThrow(/tolerance/);
    expect(verifyWebhook({ secret, headers: old, body, toleranceSeconds: 3_600 })).toEqual(JSON.parse(body));
  });
});
