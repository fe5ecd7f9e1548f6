import { afterEach, describe, expect, it } from "vitest";
import { createFetcher } from "../create-fetcher.ts";
import type { PolitenessPort } from "../types.ts";
import { startLoopbackServer, type LoopbackServer } from "./loopback-server.ts";

let server: LoopbackServer | null = null;
afterEach(async () => { await server?.close(); server = null; });

async function siteWithRobots(robots: string | number) {
  const hits: string[] = [];
  server = await startLoopbackServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/robots.txt") {
      if (typeof robots === "number") res.writeHead(robots).end();
      else res.writeHead(200, { "content-type": "text/plain" }).end(robots);
    } else res.writeHead(200, { "content-type": "text/html" }).end("<p>page</p>");
  });
  return { origin: server.origin, hits };
}

describe("robots.txt", () => {
  it("honours a robots.txt that disallows everything, without requesting the page", async () => {
    const { origin, hits } = await siteWithRobots("User-agent: *\nDisallow: /\n");
    const result = await createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 0 }).fetch(`${origin}/impressum`);
    expect(result).toMatchObject({ ok: false, reason: "robots_disallowed" });
    expect(hits).toEqual(["/robots.txt"]);
  });

  it("applies the group for our agent and fetches robots.txt once per host", async () => {
    const { origin, hits } = await siteWithRobots("User-agent: OpenProspectBot\nDisallow: /intern/\n\nUser-agent: *\nDisallow: /\n");
    const fetcher = createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 0 });
    expect(await fetcher.fetch(`${origin}/`)).toMatchObject({ ok: true });
    expect(await fetcher.fetch(`${origin}/intern/x`)).toMatchObject({ reason: "robots_disallowed" });
    expect(hits.filter((h) => h === "/robots.txt")).toHaveLength(1);
  });

  it("passes Crawl-delay to the politeness port, capped", async () => {
    const { origin } = await siteWithRobots("User-agent: *\nCrawl-delay: 2\n");
    const delays: number[] = [];
    const politeness: PolitenessPort = { waitTurn: async (_host, ms) => { delays.push(ms); } };
    const fetcher = createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 100, maxCrawlDelayMs: 1500, politeness });
    await fetcher.fetch(`${origin}/`);
    expect(delays).toEqual([100, 1500]);
  });

  it("treats a missing robots.txt as allow-all and a server error as disallow-all", async () => {
    const missing = await siteWithRobots(404);
    expect(await createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 0 }).fetch(`${missing.origin}/`)).toMatchObject({ ok: true });
    await server?.close();
    const broken = await siteWithRobots(503);
    expect(await createFetcher({ allowCidrs: ["127.0.0.1/32"], minDelayMs: 0 }).fetch(`${broken.origin}/`)).toMatchObject({ reason: "robots_disallowed" });
  });
});
