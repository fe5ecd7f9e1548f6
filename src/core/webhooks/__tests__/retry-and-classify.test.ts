import { describe, expect, it } from "vitest";
import { classifyWebhookResult } from "../classify-result.ts";
import { MAX_ATTEMPTS, nextRetryDelaySeconds, parseRetryAfter } from "../retry-schedule.ts";
import { signWebhook } from "../sign.ts";
import { Webhook } from "standardwebhooks";

const response = (statusCode: number, retryAfter: string | null = null) => ({ kind: "response" as const, statusCode, retryAfter, excerpt: "", durationMs: 1 });
const half = () => 0.5;

describe("webhook retry schedule", () => {
  it("spans about three days and then gives up", () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) total += nextRetryDelaySeconds(attempt, null, half)!;
    expect(total / 86_400).toBeGreaterThan(2.5);
    expect(total / 86_400).toBeLessThan(4);
    expect(nextRetryDelaySeconds(MAX_ATTEMPTS, null, half)).toBeNull();
  });

  it("adds ±20 % jitter and honours a longer Retry-After", () => {
    expect(nextRetryDelaySeconds(1, null, () => 0)).toBe(24);
    expect(nextRetryDelaySeconds(1, null, () => 1)).toBe(36);
    expect(nextRetryDelaySeconds(1, "600", half)).toBe(600);
    expect(nextRetryDelaySeconds(1, "5", half)).toBe(30);
    expect(parseRetryAfter(new Date(Date.now() + 90_000).toUTCString())).toBeGreaterThan(80);
    expect(parseRetryAfter("soon")).toBeNull();
  });
});

describe("classifyWebhookResult", () => {
  it("delivers on 2xx, disables on 410, never retries a blocked address", () => {
    expect(classifyWebhookResult(response(204), 1).outcome).toBe("delivered");
    expect(classifyWebhookResult(response(410), 1).outcome).toBe("disabled");
    expect(classifyWebhookResult({ kind: "error", reason: "blocked_address", blocked: true, durationMs: 1 }, 1)).toMatchObject({ outcome: "blocked", retryInSeconds: null });
  });

  it("retries 5xx, 429 and network errors until the schedule ends", () => {
    expect(classifyWebhookResult(response(503), 1, half)).toMatchObject({ outcome: "retry", retryInSeconds: 30 });
    expect(classifyWebhookResult(response(429, "120"), 2, half)).toMatchObject({ outcome: "retry", retryInSeconds: 120 });
    expect(classifyWebhookResult({ kind: "error", reason: "ECONNREFUSED", blocked: false, durationMs: 1 }, 3, half).outcome).toBe("retry");
    expect(classifyWebhookResult(response(500), MAX_ATTEMPTS, half)).toMatchObject({ outcome: "failed", retryInSeconds: null });
  });
});

describe("signWebhook", () => {
  it("produces signatures the standardwebhooks library verifies", () => {
    const secret = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({ event: "order.status_changed" });
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(timestamp), "webhook-signature": signWebhook(secret, "msg_1", timestamp, body) };
    expect(new Webhook(secret).verify(body, headers)).toEqual({ event: "order.status_changed" });
  });
});
