import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenProspect, OpenProspectError, type Order } from "../src/index.ts";
import { recordingFetch, startLiveServer, type LiveServer } from "./support/live-server.ts";

// The SDK against the real server over HTTP on 127.0.0.1: typed calls, iteration over offset and
// cursor lists, idempotency keys, retries on 429 with Retry-After, and waiting for an order.

let server: LiveServer;
beforeAll(async () => {
  server = await startLiveServer();
}, 120_000);
afterAll(() => server?.close());

describe("typed calls", () => {
  it("validates a key and reports API errors with their code", async () => {
    const { key } = await server.tenant();
    const client = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key });
    const { data } = await client.api.GET("/api/v1/auth/validate");
    expect(data?.valid).toBe(true);

    const missing = await client.api.GET("/api/v1/orders/{order_id}", { params: { path: { order_id: "0190b4c2-0000-7000-8000-000000000000" } } });
    expect(missing.response.status).toBe(404);
    await expect(client.waitForOrder("0190b4c2-0000-7000-8000-000000000000")).rejects.toMatchObject({ status: 404, code: "ORDER_NOT_FOUND" });
    await expect(client.waitForOrder("0190b4c2-0000-7000-8000-000000000000")).rejects.toBeInstanceOf(OpenProspectError);
  });
});

describe("iterating a list", () => {
  it("walks an offset-paginated list page by page to its end", async () => {
    const { key } = await server.tenant();
    const recorder = recordingFetch();
    const client = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key, fetch: recorder.fetch });
    const created: string[] = [];
    for (let index = 0; index < 7; index++) {
      const { data } = await client.api.POST("/api/v1/blacklists", { body: { name: `Customers ${index}` } });
      created.push(data!.id);
    }
    recorder.sent.length = 0;
    const seen: string[] = [];
    for await (const blacklist of client.list("/api/v1/blacklists", { query: { limit: 3 } })) seen.push(blacklist.id);
    expect(seen.sort()).toEqual([...created].sort());
    expect(recorder.sent.map((request) => request.url.searchParams.get("offset") ?? "0")).toEqual(["0", "3", "6"]);
  });

  it("follows next_cursor on a cursor-paginated list until it is null, and waits for the order with progress", async () => {
    const { key } = await server.tenant({ test: true });
    const recorder = recordingFetch();
    const client = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key, fetch: recorder.fetch });
    const hosts = ["alpha-sdk-test.example", "beta-sdk-test.example", "gamma-sdk-test.example"];
    const { data: created, response } = await client.api.POST("/api/v1/orders", {
      body: { order_type: "ENRICHMENT", companies: hosts.map((host, index) => ({ company_name: `Firm ${index}`, website_url: `https://${host}`, external_id: `X-${index}` })) },
    });
    expect(response.status).toBe(201);

    const updates: Order[] = [];
    const order = await client.waitForOrder(created!.order_id, { intervalMs: 200, timeoutMs: 90_000, onProgress: (update) => updates.push(update) });
    expect(order.status).toBe("COMPLETED");
    expect(order.progress.processed).toBe(3);
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.at(-1)).toEqual(order);
    // each update is a change: no two consecutive reports are the same
    for (let index = 1; index < updates.length; index++) expect(JSON.stringify([updates[index]!.status, updates[index]!.progress])).not.toBe(JSON.stringify([updates[index - 1]!.status, updates[index - 1]!.progress]));

    recorder.sent.length = 0;
    const rows = [];
    for await (const row of client.list("/api/v1/orders/{order_id}/results", { path: { order_id: order.order_id }, query: { limit: 2 } })) rows.push(row);
    expect(rows.map((row) => row.source_id).sort()).toEqual(["X-0", "X-1", "X-2"]);
    // the order's search (made for it, with no criteria) gives nothing to score against: no number, and why
    for (const row of rows) {
      expect(row.status).toBe("ENRICHED");
      expect(row.match_score).toBeNull();
      expect(row.match_explanation).toEqual([expect.objectContaining({ criterion: "profile", matched: null })]);
    }
    expect(recorder.sent).toHaveLength(2);
    expect(recorder.sent[0]!.url.searchParams.get("cursor")).toBeNull();
    expect(recorder.sent[1]!.url.searchParams.get("cursor")).toBeTruthy();
  }, 120_000);
});

describe("POSTs carry an Idempotency-Key", () => {
  it("sends a fresh key per call, and a repeated key replays the first answer", async () => {
    const { key } = await server.tenant();
    const recorder = recordingFetch();
    const client = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key, fetch: recorder.fetch });
    await client.api.POST("/api/v1/blacklists", { body: { name: "One" } });
    await client.api.POST("/api/v1/blacklists", { body: { name: "Two" } });
    const keys = recorder.sent.map((request) => request.headers.get("idempotency-key"));
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(2);

    const first = await client.api.POST("/api/v1/blacklists", { body: { name: "Once" }, headers: { "Idempotency-Key": "sync-42" } });
    const again = await client.api.POST("/api/v1/blacklists", { body: { name: "Once" }, headers: { "Idempotency-Key": "sync-42" } });
    expect(again.data!.id).toBe(first.data!.id);
    expect(again.response.headers.get("idempotency-replayed")).toBe("true");
    expect(recorder.sent.at(-1)!.headers.get("idempotency-key")).toBe("sync-42");
  });
});

describe("retries on 429", () => {
  it("waits as long as Retry-After says and then succeeds", async () => {
    // 20 an hour: a burst of 10 per 10 s, so the 11th call meets 429 with a Retry-After of at most 10 s
    const { key } = await server.tenant({ perHour: 20 });
    const recorder = recordingFetch();
    const client = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key, fetch: recorder.fetch, retry: { maxRetries: 2, maxDelayMs: 15_000 } });
    const statuses: number[] = [];
    for (let index = 0; index < 12; index++) statuses.push((await client.api.GET("/api/v1/auth/validate")).response.status);
    expect(statuses).toEqual(Array(12).fill(200));

    const limited = recorder.sent.findIndex((request) => request.status === 429);
    expect(limited).toBeGreaterThanOrEqual(10);
    const retried = recorder.sent[limited + 1]!;
    expect(retried.status).toBe(200);
    expect(retried.at - recorder.sent[limited]!.at).toBeGreaterThanOrEqual(1_000);
  }, 60_000);

  it("hands a 429 back when retries are off or the wait is longer than allowed", async () => {
    const { key } = await server.tenant({ perHour: 20 });
    const client = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key, retry: { maxRetries: 0 } });
    const statuses: number[] = [];
    for (let index = 0; index < 11; index++) statuses.push((await client.api.GET("/api/v1/auth/validate")).response.status);
    expect(statuses.at(-1)).toBe(429);
    const patient = createOpenProspect({ baseUrl: server.baseUrl, apiKey: key, retry: { maxRetries: 3, maxDelayMs: 0 } });
    const answer = await patient.api.GET("/api/v1/auth/validate");
    expect(answer.response.status).toBe(429);
    expect(Number(answer.response.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
