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
  it("sends plain-http requests in absolute form to the proxy, naming the checked address and keeping the Host", async () => {
    const result = await viaProxy().fetch("http://shop.example/kontakt");
    expect(result.ok && result.page.html).toBe("<title>shop.example</title>");
    expect(requests).toContainEqual({ url: "http://192.0.2.10/kontakt", host: "shop.example" });
  });

  it("cannot be rebound: a name that answers public, then private, never reaches the proxy as a name", async () => {
    // public, internal, public, public, internal, …: the first fetch passes its check and is then rebound
    const answers = ["192.0.2.10", "10.0.0.5", "192.0.2.10"];
    let lookups = 0;
    const rebinding = async (): Promise<LookupAddress[]> => [{ address: answers[lookups++ % answers.length], family: 4 }];
    const fetcher = createFetcher({ outboundProxy: proxy.origin, resolveAll: rebinding, allowCidrs: ["192.0.2.0/24"], minDelayMs: 0, totalTimeoutMs: 3000, respectRobots: false });
    requests.length = 0;
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await fetcher.fetch(`http://rebind.example/page-${i}`));
    expect(results[0]).toMatchObject({ ok: false, reason: "blocked_address" });
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(requests.length).toBe(results.filter((r) => r.ok).length);
    for (const seen of requests) {
      expect(new URL(seen.url).hostname).toBe("192.0.2.10");
      expect(seen.host).toBe("rebind.example");
    }
    await fetcher.close();
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
    const connectTargets: string[] = [];
    silent.on("connect", (req: import("node:http").IncomingMessage, socket: import("node:net").Socket) => {
      connectTargets.push(req.url ?? "");
      tunnels.push(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as import("node:net").AddressInfo).port;
    const fetcher = createFetcher({
      outboundProxy: `http://127.0.0.1:${port}`, resolveAll: fakeDns, allowCidrs: ["192.0.2.0/24"],
      minDelayMs: 0, totalTimeoutMs: 500, respectRobots: false,
    });
    const started = Date.now();
    expect(await fetcher.fetch("https://shop.example/")).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(connectTargets).toEqual(["192.0.2.10:443"]); // the tunnel goes to the checked address
    await fetcher.close();
    for (const socket of tunnels) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });
});
