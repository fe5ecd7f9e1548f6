import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookPoster } from "../post-webhook.ts";

let server: Server;
let base: string;
const received: { headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      if (req.url === "/redirect") res.writeHead(302, { location: "http://127.0.0.1:1/elsewhere" }).end();
      else if (req.url === "/trickle") trickle(res);
      else if (req.url === "/busy") res.writeHead(429, { "retry-after": "120" }).end("slow down");
      else res.writeHead(200).end("ok".repeat(2000));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
}));

// A receiver that answers at once, then sends one byte every 100 ms: never idle, never finished.
function trickle(res: import("node:http").ServerResponse): void {
  res.writeHead(200, { "content-type": "text/plain" });
  const timer = setInterval(() => res.write("."), 100);
  res.on("close", () => clearInterval(timer));
}

describe("createWebhookPoster", () => {
  it("refuses loopback unless allow-listed", async () => {
    const guarded = createWebhookPoster();
    const result = await guarded.post(`${base}/hook`, {}, "{}");
    expect(result).toMatchObject({ kind: "error", blocked: true, reason: "blocked_address" });
    expect(await guarded.post("http://169.254.169.254/latest", {}, "{}")).toMatchObject({ blocked: true });
    expect(await guarded.post("http://evil.example/", {}, "{}")).toMatchObject({ kind: "error" });
    await guarded.close();
  });

  it("posts, truncates the response excerpt, reports Retry-After and never follows redirects", async () => {
    const poster = createWebhookPoster({ allowCidrs: ["127.0.0.0/8"] });
    const ok = await poster.post(`${base}/hook`, { "content-type": "application/json", "webhook-id": "msg_1" }, '{"a":1}');
    expect(ok).toMatchObject({ kind: "response", statusCode: 200 });
    expect(ok.kind === "response" && ok.excerpt.length).toBe(1024);
    expect(received.at(-1)).toMatchObject({ body: '{"a":1}', headers: { "webhook-id": "msg_1" } });
    const busy = await poster.post(`${base}/busy`, {}, "{}");
    expect(busy).toMatchObject({ kind: "response", statusCode: 429, retryAfter: "120" });
    const redirected = await poster.post(`${base}/redirect`, {}, "{}");
    expect(redirected).toMatchObject({ kind: "response", statusCode: 302 });
    await poster.close();
  });

  it("ends a delivery at the total deadline even when the receiver is never idle", async () => {
    const poster = createWebhookPoster({ allowCidrs: ["127.0.0.0/8"], timeoutMs: 5_000, totalTimeoutMs: 600 });
    const started = Date.now();
    const result = await poster.post(`${base}/trickle`, {}, "{}");
    expect(result).toMatchObject({ kind: "error", blocked: false, reason: expect.stringContaining("timeout") });
    expect(Date.now() - started).toBeLessThan(2_000);
    await poster.close();
  });
});
