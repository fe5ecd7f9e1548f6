import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFetcher, type Fetcher } from "../../fetch/index.ts";
import { crawlSite } from "../crawl-site.ts";
import { startFixtureSiteProxy } from "./fixture-site-proxy.ts";

const HOST = "muster-elektro.de";
let site: Awaited<ReturnType<typeof startFixtureSiteProxy>>;
let fetcher: Fetcher;

beforeAll(async () => {
  site = await startFixtureSiteProxy(HOST);
  fetcher = createFetcher({
    outboundProxy: site.proxyUrl,
    resolveAll: async () => [{ address: "192.0.2.7", family: 4 }],
    allowCidrs: ["192.0.2.0/24"],
    minDelayMs: 0,
    totalTimeoutMs: 3000,
  });
});
afterAll(async () => {
  await fetcher.close();
  await site.close();
});

const paths = (urls: string[]) => urls.map((u) => new URL(u).pathname);

describe("crawlSite on a fixture site", () => {
  it("fetches the pages that matter before the rest, within the page budget", async () => {
    const result = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 10 });
    const fetched = paths(result.pages.map((p) => p.url));
    expect(fetched[0]).toBe("/");
    expect(fetched).toEqual(expect.arrayContaining(["/impressum.html", "/kontakt.html", "/ueber-uns/index.html", "/karriere/", "/team.html", "/datenschutz/"]));
    expect(fetched.filter((p) => p.startsWith("/blog/")).length).toBeLessThanOrEqual(1);
    expect(result.pages).toHaveLength(10);
    expect(result.visits.find((v) => v.url.endsWith("/impressum.html"))?.kind).toBe("imprint");
  });

  it("tries static-host spellings when a clean URL 404s", async () => {
    const result = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 8 });
    expect(result.pages.some((p) => p.url.endsWith("/impressum.html"))).toBe(true);
    expect(result.failures.some((f) => f.url.endsWith("/impressum"))).toBe(false);
  });

  it("follows job links from the careers page within the depth limit, and one hop past it, not further", async () => {
    const deep = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 12, maxDepth: 2 });
    expect(paths(deep.pages.map((p) => p.url))).toContain("/karriere/elektroniker.html");
    expect(deep.visits.find((v) => v.url.endsWith("elektroniker.html"))?.kind).toBe("job_detail");
    // A careers page at the limit still opens its own openings: they are what the page is for.
    const atLimit = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 12, maxDepth: 1 });
    expect(paths(atLimit.pages.map((p) => p.url))).toContain("/karriere/elektroniker.html");
    const shallow = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 12, maxDepth: 0 });
    expect(paths(shallow.pages.map((p) => p.url))).not.toContain("/karriere/elektroniker.html");
  });

  it("stays on the site, keeps one origin, de-duplicates and honours robots.txt", async () => {
    const result = await crawlSite(HOST, { fetcher }, { maxPages: 60 });
    const urls = result.pages.map((p) => p.url);
    expect(urls.every((u) => u.startsWith(`http://${HOST}/`))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.filter((u) => u.endsWith("/kontakt.html"))).toHaveLength(1);
    expect(urls.some((u) => u.includes("facebook") || u.endsWith(".pdf"))).toBe(false);
    expect(result.failures).toContainEqual(expect.objectContaining({ url: `http://${HOST}/intern/geheim.html`, reason: "robots_disallowed" }));
    expect(result.robots).toMatchObject({ found: true, sitemaps: ["https://www.muster-elektro.de/sitemap.xml"] });
    expect(result.pages.length).toBeLessThanOrEqual(60);
  });

  it("replaces a page that refreshes elsewhere by its target, keeping the page kind", async () => {
    const result = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 12, maxDepth: 1 });
    const target = result.visits.find((v) => v.url.endsWith("/seite-77.html"));
    expect(target).toMatchObject({ kind: "imprint", depth: 1 });
  });

  it("stops at the request budget even when most links are missing", async () => {
    const before = site.requested.length;
    const result = await crawlSite(`http://${HOST}/`, { fetcher }, { maxPages: 60, maxRequests: 6 });
    const pageRequests = site.requested.slice(before).filter((p) => p !== "/robots.txt" && p !== "/sitemap.xml");
    expect(pageRequests.length).toBeLessThanOrEqual(7);
    expect(result.pages.length).toBeLessThanOrEqual(7);
  });

  it("reports a site that cannot be reached instead of throwing", async () => {
    const unresolvable = createFetcher({
      minDelayMs: 0,
      resolveAll: async () => { throw Object.assign(new Error("no such host"), { code: "ENOTFOUND" }); },
    });
    const result = await crawlSite("unknown-host.example", { fetcher: unresolvable });
    expect(result.pages).toEqual([]);
    expect(result.failures.map((f) => [f.url, f.reason])).toEqual([
      ["https://unknown-host.example/", "dns_error"],
      ["http://unknown-host.example/", "dns_error"],
      ["https://www.unknown-host.example/", "dns_error"],
      ["http://www.unknown-host.example/", "dns_error"],
    ]);
  });
});
