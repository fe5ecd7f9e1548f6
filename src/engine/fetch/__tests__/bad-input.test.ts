import iconv from "iconv-lite";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher } from "../create-fetcher.ts";
import { startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";

const html = { "content-type": "text/html; charset=utf-8" };
const PAGE = "<html><body><h1>Grüße aus Köln</h1></body></html>";
const TWENTY_MB = 20 * 1024 * 1024;
const seenAgents: string[] = [];

let resetsLeft = 1;
const routes: Record<string, (res: import("node:http").ServerResponse) => void> = {
  "/reset-once": (res) => (resetsLeft-- > 0 ? res.socket?.destroy() : res.writeHead(200, html).end("<p>second try</p>")),
  "/reset-always": (res) => res.socket?.destroy(),
  "/truncated": (res) => res.writeHead(200, html).end("<html><body><div><p>Impressum: Muster GmbH<a href=\"/kont"),
  "/malformed": (res) => res.writeHead(200, html).end("<<html><body</div><p>unclosed <b><i>text</p></table>&amp;&#xZZ;"),
  "/huge-declared": (res) => res.writeHead(200, { ...html, "content-length": String(TWENTY_MB) }).end("x".repeat(1024)),
  "/huge-chunked": (res) => {
    res.writeHead(200, html);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    const push = () => { while (sent < 20 && res.write(chunk)) sent++; if (sent < 20) res.once("drain", () => { sent++; push(); }); else res.end(); };
    push();
  },
  "/gzip-bomb": (res) => res.writeHead(200, { ...html, "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(TWENTY_MB, 0x20))),
  "/png-as-html": (res) => res.writeHead(200, html).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
  "/nul-as-html": (res) => res.writeHead(200, html).end(Buffer.from("<html>\u0000\u0000\u0001binary")),
  "/image": (res) => res.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.alloc(10)),
  "/loop-a": (res) => res.writeHead(302, { location: "/loop-b" }).end(),
  "/loop-b": (res) => res.writeHead(302, { location: "/loop-a" }).end(),
  "/never-ends": (res) => { res.writeHead(200, html); res.write("<html><body>"); },
  "/no-headers": () => undefined,
  "/bad-charset": (res) => res.writeHead(200, { "content-type": "text/html; charset=utf-99" }).end("<p>still text</p>"),
  "/cp1252": (res) => res.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(iconv.encode("<p>Bäckerei Müller – Öffnungszeiten</p>", "windows-1252")),
  "/fake-utf8": (res) => res.writeHead(200, html).end(iconv.encode("<p>Straße</p>", "windows-1252")),
  "/gzip": (res) => res.writeHead(200, { ...html, "content-encoding": "gzip" }).end(gzipSync(PAGE)),
  "/br": (res) => res.writeHead(200, { ...html, "content-encoding": "br" }).end(brotliCompressSync(PAGE)),
  "/deflate": (res) => res.writeHead(200, { ...html, "content-encoding": "deflate" }).end(deflateSync(PAGE)),
  "/raw-deflate": (res) => res.writeHead(200, { ...html, "content-encoding": "deflate" }).end(deflateRawSync(PAGE)),
  "/broken-gzip": (res) => res.writeHead(200, { ...html, "content-encoding": "gzip" }).end("not gzip at all"),
  "/missing": (res) => res.writeHead(404, html).end("<h1>Not found</h1>"),
};

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    seenAgents.push(req.headers["user-agent"] ?? "");
    const route = routes[req.url ?? ""];
    if (route) route(res);
    else if (req.url?.startsWith("/hop/")) {
      const n = Number(req.url.slice(5));
      res.writeHead(301, { location: `/hop/${n + 1}` }).end();
    } else res.writeHead(404).end();
  });
});
afterAll(() => server.close());

const fetcher = () =>
  createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 0, headersTimeoutMs: 800, totalTimeoutMs: 1200, contactUrl: "https://example.org/bot" });
const get = (path: string) => fetcher().fetch(`${server.origin}${path}`);
// Streaming 20 MB through a loopback socket can take longer than 1.2 s on a loaded CI machine; the size cap
// must be what stops these bodies, so the clock is taken out of the question.
const getWithoutClock = (path: string) =>
  createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 0, headersTimeoutMs: 30_000, totalTimeoutMs: 60_000, contactUrl: "https://example.org/bot" }).fetch(`${server.origin}${path}`);

describe("fetcher on hostile or broken input", () => {
  it("returns truncated and malformed HTML as it is", async () => {
    expect(await get("/truncated")).toMatchObject({ ok: true, page: { status: 200, html: expect.stringContaining("Muster GmbH") } });
    expect(await get("/malformed")).toMatchObject({ ok: true });
  });

  it("stops at the size cap whether or not the length was declared", async () => {
    expect(await getWithoutClock("/huge-declared")).toMatchObject({ ok: false, reason: "too_large" });
    expect(await getWithoutClock("/huge-chunked")).toMatchObject({ ok: false, reason: "too_large" });
    expect(await getWithoutClock("/gzip-bomb")).toMatchObject({ ok: false, reason: "too_large" });
  });

  it("refuses binary bodies served as text/html, and non-HTML types", async () => {
    expect(await get("/png-as-html")).toMatchObject({ ok: false, reason: "binary_content" });
    expect(await get("/nul-as-html")).toMatchObject({ ok: false, reason: "binary_content" });
    expect(await get("/image")).toMatchObject({ ok: false, reason: "not_html", status: 200 });
  });

  it("detects redirect loops and long redirect chains", async () => {
    expect(await get("/loop-a")).toMatchObject({ ok: false, reason: "redirect_loop" });
    const chain = await get("/hop/0");
    expect(chain).toMatchObject({ ok: false, reason: "too_many_redirects" });
    expect(!chain.ok && chain.chain.length).toBe(6);
  });

  it("gives up on a server that never finishes the body or never answers", async () => {
    const started = Date.now();
    expect(await get("/never-ends")).toMatchObject({ ok: false, reason: "timeout" });
    expect(await get("/no-headers")).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("decodes charsets: bogus labels, windows-1252, UTF-8 that is not", async () => {
    expect(await get("/bad-charset")).toMatchObject({ ok: true, page: { html: "<p>still text</p>" } });
    expect(await get("/cp1252")).toMatchObject({ ok: true, page: { html: "<p>Bäckerei Müller – Öffnungszeiten</p>" } });
    expect(await get("/fake-utf8")).toMatchObject({ ok: true, page: { html: "<p>Straße</p>" } });
  });

  it("undoes gzip, br, deflate and raw deflate, and reports a broken encoding", async () => {
    for (const path of ["/gzip", "/br", "/deflate", "/raw-deflate"]) {
      expect(await get(path)).toMatchObject({ ok: true, page: { html: PAGE } });
    }
    expect(await get("/broken-gzip")).toMatchObject({ ok: false, reason: "decode_error" });
  });

  it("retries once when the connection is reset before a response, then reports network_error", async () => {
    expect(await get("/reset-once")).toMatchObject({ ok: true, page: { html: "<p>second try</p>" } });
    expect(await get("/reset-always")).toMatchObject({ ok: false, reason: "network_error" });
  });

  it("reports HTTP errors with their status", async () => {
    expect(await get("/missing")).toMatchObject({ ok: false, reason: "http_error", status: 404 });
  });

  it("introduces itself truthfully", async () => {
    await get("/gzip");
    expect(seenAgents).toContain("OpenProspectBot/0.1 (+https://example.org/bot)");
  });
});
