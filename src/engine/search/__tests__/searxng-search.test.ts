import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher, type Fetcher } from "../../fetch/index.ts";
import { createSearxngSearch, parseSearxngResults } from "../searxng-search.ts";

let server: Server;
let base: string;
let fetcher: Fetcher;
const asked: string[] = [];

// A fake SearXNG instance on loopback: answers /search?format=json like the real one.
beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    asked.push(`${url.pathname}?${url.searchParams.toString()}`);
    if (url.pathname !== "/searx/search" || url.searchParams.get("format") !== "json") return void res.writeHead(404).end();
    if (url.searchParams.get("q") === "broken") return void res.writeHead(200, { "content-type": "application/json" }).end("{not json");
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({
      query: url.searchParams.get("q"),
      results: [
        { url: "https://www.steuerkanzlei-beispiel.de/", title: "Steuerkanzlei Beispiel", content: "…" },
        { url: "javascript:alert(1)", title: "bad" },
        { title: "no url" },
        { url: "https://www.other-firm.de/kontakt", title: 42 },
      ],
    }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}/searx`;
  fetcher = createFetcher({ allowCidrs: ["127.0.0.0/8"], allowPorts: [port], respectRobots: false, minDelayMs: 0 });
});
afterAll(async () => {
  await fetcher.close();
  await new Promise((resolve) => server.close(resolve));
});

describe("SearXNG-compatible search", () => {
  it("asks {base}/search?q=…&format=json and returns the http(s) results", async () => {
    const results = await createSearxngSearch(base, fetcher).search("Steuerberater Germany");
    expect(results).toEqual([
      { url: "https://www.steuerkanzlei-beispiel.de/", title: "Steuerkanzlei Beispiel" },
      { url: "https://www.other-firm.de/kontakt", title: "" },
    ]);
    expect(asked.at(-1)).toBe("/searx/search?q=Steuerberater+Germany&format=json");
  });

  it("gives no results, not an error, for a malformed answer or an unreachable endpoint", async () => {
    expect(await createSearxngSearch(base, fetcher).search("broken")).toEqual([]);
    expect(await createSearxngSearch("http://127.0.0.1:1/", fetcher).search("x")).toEqual([]);
    expect(parseSearxngResults('{"results":"nope"}')).toEqual([]);
  });

  it("is SSRF-guarded: without the operator's allow-list a loopback endpoint is refused", async () => {
    const guarded = createFetcher({ respectRobots: false, minDelayMs: 0 });
    try {
      const before = asked.length;
      expect(await createSearxngSearch(base, guarded).search("Steuerberater")).toEqual([]);
      expect(asked.length).toBe(before);
    } finally {
      await guarded.close();
    }
  });
});
