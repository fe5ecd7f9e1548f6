import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../create-fetcher.ts";
import type { FetcherOptions } from "../fetcher-options.ts";
import type { LookupAddress } from "../types.ts";
import { startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";

const fast: FetcherOptions = { minDelayMs: 0, totalTimeoutMs: 3000, headersTimeoutMs: 3000, connectTimeoutMs: 1000 };
const resolvesTo = (address: string) => async (): Promise<LookupAddress[]> => [{ address, family: address.includes(":") ? 6 : 4 }];

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    if (req.url === "/to-private") res.writeHead(302, { location: "http://10.0.0.1/admin" }).end();
    else if (req.url === "/to-metadata") res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else res.writeHead(200, { "content-type": "text/html" }).end("<html><body>reached</body></html>");
  });
});
afterAll(() => server.close());

describe("SSRF guard", () => {
  it.each([
    "http://127.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
    "http://[fd00:ec2::254]/", "http://[::ffff:127.0.0.1]/", "http://2130706433/", "http://0x7f.1/",
  ])("blocks %s", async (url) => {
    const result = await createFetcher(fast).fetch(url);
    expect(result).toMatchObject({ ok: false, reason: "blocked_address" });
  });

  it("blocks the running loopback server unless its address is allow-listed", async () => {
    expect(await createFetcher(fast).fetch(`${server.origin}/`)).toMatchObject({ ok: false, reason: "blocked_address" });
    const allowed = await createFetcher({ ...fast, allowCidrs: ["127.0.0.1/32"] }).fetch(`${server.origin}/`);
    expect(allowed.ok && allowed.page.html).toContain("reached");
  });

  it("blocks a public-looking name that resolves to a private address", async () => {
    const fetcher = createFetcher({ ...fast, resolveAll: resolvesTo("192.168.0.10") });
    expect(await fetcher.fetch("http://www.innocent-shop.de/")).toMatchObject({ ok: false, reason: "blocked_address" });
  });

  it("blocks a name when any one of its addresses is private", async () => {
    const resolveAll = async (): Promise<LookupAddress[]> => [{ address: "8.8.8.8", family: 4 }, { address: "127.0.0.1", family: 4 }];
    expect(await createFetcher({ ...fast, resolveAll }).fetch("http://mixed.example.com/")).toMatchObject({ reason: "blocked_address" });
  });

  it("pins the connection to the checked answer: a rebinding second answer is refused at connect time", async () => {
    let calls = 0;
    const resolveAll = async (): Promise<LookupAddress[]> => [{ address: calls++ === 0 ? "8.8.8.8" : "127.0.0.1", family: 4 }];
    // The loopback server's port is allowed, so that the address pinning is what refuses the request.
    const result = await createFetcher({ ...fast, resolveAll, respectRobots: false, allowPorts: [server.port] }).fetch(`http://rebind.example.com:${server.port}/`);
    expect(result).toMatchObject({ ok: false, reason: "blocked_address" });
    expect(calls).toBe(2);
  });

  it("re-checks every redirect hop", async () => {
    const fetcher = createFetcher({ ...fast, allowCidrs: ["127.0.0.1/32"] });
    const toPrivate = await fetcher.fetch(`${server.origin}/to-private`);
    expect(toPrivate).toMatchObject({ ok: false, reason: "blocked_address", chain: [`${server.origin}/to-private`, "http://10.0.0.1/admin"] });
    expect(await fetcher.fetch(`${server.origin}/to-metadata`)).toMatchObject({ ok: false, reason: "blocked_address" });
  });

  it("follows a redirect into an allow-listed range", async () => {
    const fetcher = createFetcher({ ...fast, allowCidrs: ["127.0.0.1/32", "10.0.0.0/8"], connectTimeoutMs: 300, totalTimeoutMs: 1000 });
    const result = await fetcher.fetch(`${server.origin}/to-private`);
    expect(result.ok ? "ok" : result.reason).not.toBe("blocked_address");
  });

  it.each(["file:///etc/passwd", "ftp://example.com/", "gopher://example.com/", "data:text/html,hi"])("refuses scheme %s", async (url) => {
    expect(await createFetcher(fast).fetch(url)).toMatchObject({ ok: false, reason: "unsupported_scheme" });
  });

  it("reports garbage input as invalid_url", async () => {
    expect(await createFetcher(fast).fetch("http://")).toMatchObject({ ok: false, reason: "invalid_url" });
  });

  it("reports an unresolvable name as dns_error", async () => {
    const resolveAll = async (): Promise<LookupAddress[]> => { throw Object.assign(new Error("nope"), { code: "ENOTFOUND" }); };
    expect(await createFetcher({ ...fast, resolveAll }).fetch("http://no-such-host.example/")).toMatchObject({ reason: "dns_error" });
  });
});
