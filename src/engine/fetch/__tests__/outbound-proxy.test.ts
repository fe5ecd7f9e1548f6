import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../create-fetcher.ts";
import type { LookupAddress } from "../types.ts";
import { startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";

// The proxy is trusted config (here: loopback); the target names are what the guard checks.
const fakeDns = async (host: string): Promise<LookupAddress[]> => [{ address: host.startsWith("intranet") ? "10.0.0.5" : "192.0.2.10", family: 4 }];
const requests: { url: string; host: string }[] = [];

let proxy: LoopbackServer;
beforeAll(async () => {
  proxy = await startLoopbackServer((req, res) => {
    requests.push({ url: req.url ?? "", host: req.headers.host ?? "" });
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<title>${req.headers.host}</title>`);
  });
});
afterAll(() => proxy.close());

const viaProxy = () =>
  createFetcher({ outboundProxy: proxy.origin, resolveAll: fakeDns, allowCidrs: ["192.0.2.0/24"], minDelayMs: 0, totalTimeoutMs: 3000 });

describe("outbound proxy", () => {
  it("sends plain-http requests in absolute form to the proxy", async () => {
    const result = await viaProxy().fetch("http://shop.example/kontakt");
    expect(result.ok && result.page.html).toBe("<title>shop.example</title>");
    expect(requests).toContainEqual({ url: "http://shop.example/kontakt", host: "shop.example" });
  });

  it("still refuses targets that resolve to non-public addresses", async () => {
    expect(await viaProxy().fetch("http://intranet.example/")).toMatchObject({ ok: false, reason: "blocked_address" });
    expect(await viaProxy().fetch("http://127.0.0.1/")).toMatchObject({ ok: false, reason: "blocked_address" });
  });
});

describe("outbound proxy that cannot tunnel https", () => {
  it("ends within the deadline whether the proxy refuses CONNECT or ignores it", async () => {
    const { createServer } = await import("node:http");
    const silent = createServer();
    const tunnels: import("node:net").Socket[] = [];
    silent.on("connect", (_req, socket: import("node:net").Socket) => void tunnels.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as import("node:net").AddressInfo).port;
    const fetcher = createFetcher({
      outboundProxy: `http://127.0.0.1:${port}`, resolveAll: fakeDns, allowCidrs: ["192.0.2.0/24"],
      minDelayMs: 0, totalTimeoutMs: 500, respectRobots: false,
    });
    const started = Date.now();
    expect(await fetcher.fetch("https://shop.example/")).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
    await fetcher.close();
    for (const socket of tunnels) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });
});
