import { describe, expect, it } from "vitest";
import type { FetchResult } from "../../fetch/types.ts";
import { discoverSitemapPages } from "../discover-sitemap-pages.ts";
import { SiteScope } from "../site-scope.ts";

const xml: Record<string, string> = {
  "https://www.muster.de/sitemap.xml": `<sitemapindex><sitemap><loc>https://www.muster.de/pages.xml</loc></sitemap><sitemap><loc>https://tracker.example.net/huge.xml</loc></sitemap><sitemap><loc>http://[bad</loc></sitemap></sitemapindex>`,
  "https://www.muster.de/pages.xml": `<urlset><url><loc>http://[not a url</loc></url><url><loc>https://www.muster.de/impressum</loc></url></urlset>`,
};

describe("sitemaps", () => {
  it("follows child sitemaps of the site only, and skips malformed <loc> entries", async () => {
    const requested: string[] = [];
    const fetcher = {
      fetch: async (url: string): Promise<FetchResult> => {
        requested.push(url);
        const body = xml[url];
        if (!body) return { ok: false, url, reason: "http_error", detail: "HTTP 404", status: 404, chain: [url] };
        return { ok: true, chain: [url], page: { url, status: 200, headers: {}, contentType: "application/xml", html: body, fetchedAt: "2026-01-01T00:00:00Z" } };
      },
    };
    const pages = await discoverSitemapPages(new SiteScope("https://www.muster.de/"), [], fetcher, 100);
    expect(requested).toEqual(["https://www.muster.de/sitemap.xml", "https://www.muster.de/pages.xml"]);
    expect(pages).toContain("https://www.muster.de/impressum");
    const scope = new SiteScope("https://www.muster.de/");
    expect(pages.map((url) => scope.inScope(url)).filter(Boolean)).toEqual(["https://www.muster.de/impressum"]);
  });
});
