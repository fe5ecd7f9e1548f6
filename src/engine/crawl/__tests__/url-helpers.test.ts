import { describe, expect, it } from "vitest";
import { cleanUrlVariants } from "../clean-url-variants.ts";
import { CrawlQueue } from "../crawl-queue.ts";
import { declaredLanguage, guessImportantUrls } from "../guess-important-urls.ts";
import { cleanLinkUrl, pageKey } from "../normalize-url.ts";
import { parseSitemap } from "../parse-sitemap.ts";
import { SiteScope } from "../site-scope.ts";
import { startUrls } from "../start-urls.ts";

describe("pageKey", () => {
  it("treats scheme, www, index files, .html, trailing slash and tracking as the same page", () => {
    const key = pageKey("http://firma.de/impressum");
    for (const same of ["https://www.firma.de/impressum/", "http://firma.de/impressum.html", "http://firma.de/impressum/index.html", "http://FIRMA.de/impressum?utm_source=x"]) {
      expect(pageKey(same)).toBe(key);
    }
    expect(pageKey("http://firma.de/?page=2")).not.toBe(pageKey("http://firma.de/"));
  });
});

describe("cleanLinkUrl", () => {
  it("resolves relative links and drops fragments, files and non-http schemes", () => {
    expect(cleanLinkUrl("../kontakt#form", "http://a.de/x/y.html")).toBe("http://a.de/kontakt");
    expect(cleanLinkUrl("/flyer.PDF", "http://a.de/")).toBeNull();
    expect(cleanLinkUrl("mailto:x@a.de", "http://a.de/")).toBeNull();
    expect(cleanLinkUrl("javascript:void(0)", "http://a.de/")).toBeNull();
    expect(cleanLinkUrl("http://[bad", "http://a.de/")).toBeNull();
  });
});

describe("cleanUrlVariants", () => {
  it("lists the spellings static hosts use", () => {
    expect(cleanUrlVariants("http://a.de/impressum")).toEqual(["http://a.de/impressum.html", "http://a.de/impressum/index.html", "http://a.de/impressum.htm"]);
    expect(cleanUrlVariants("http://a.de/team/")).toEqual(["http://a.de/team.html", "http://a.de/team/index.html", "http://a.de/team.htm"]);
    expect(cleanUrlVariants("http://a.de/kontakt.html")).toEqual(["http://a.de/kontakt/", "http://a.de/kontakt.htm"]);
    expect(cleanUrlVariants("http://a.de/")).toEqual([]);
    expect(cleanUrlVariants("http://a.de/feed.xml")).toEqual([]);
  });
});

describe("parseSitemap", () => {
  it("reads urlsets and sitemap indexes, and survives garbage", () => {
    expect(parseSitemap('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.de/x </loc></url><url><loc>https://a.de/y</loc></url></urlset>').pages)
      .toEqual(["https://a.de/x", "https://a.de/y"]);
    expect(parseSitemap("<sitemapindex><sitemap><loc>https://a.de/s1.xml</loc></sitemap></sitemapindex>").sitemaps).toEqual(["https://a.de/s1.xml"]);
    expect(parseSitemap("<html><body>not a sitemap")).toEqual({ pages: [], sitemaps: [] });
    expect(parseSitemap("")).toEqual({ pages: [], sitemaps: [] });
  });
});

describe("SiteScope", () => {
  it("keeps the registrable domain and moves home-host links onto the served origin", () => {
    const scope = new SiteScope("http://firma.co.uk/");
    expect(scope.inScope("https://www.firma.co.uk/team")).toBe("http://firma.co.uk/team");
    expect(scope.inScope("https://jobs.firma.co.uk/")).toBe("https://jobs.firma.co.uk/");
    expect(scope.inScope("https://other.co.uk/")).toBeNull();
    expect(scope.inScope("https://firma.co.uk.evil.com/")).toBeNull();
  });
});

describe("startUrls", () => {
  it("tries https then http, apex then www, for a bare domain and keeps a full URL", () => {
    expect(startUrls("firma.de")).toEqual(["https://firma.de/", "http://firma.de/", "https://www.firma.de/", "http://www.firma.de/"]);
    expect(startUrls("www.firma.de/de/")).toEqual(["https://www.firma.de/de/", "http://www.firma.de/de/"]);
    expect(startUrls(" http://firma.de/de/ ")).toEqual(["http://firma.de/de/"]);
  });
});

describe("CrawlQueue", () => {
  it("pops the best score first, keeps discovery order on ties, and raises a rediscovered page", () => {
    const queue = new CrawlQueue();
    queue.push({ url: "a", key: "a", depth: 1, kind: null, score: 10 });
    queue.push({ url: "b", key: "b", depth: 1, kind: null, score: 10 });
    queue.push({ url: "c", key: "c", depth: 2, kind: null, score: 10 });
    queue.push({ url: "c", key: "c", depth: 1, kind: "imprint", score: 100 });
    expect([queue.pop()?.url, queue.pop()?.url, queue.pop()?.url, queue.pop()]).toEqual(["c", "a", "b", undefined]);
  });
});

describe("guessImportantUrls", () => {
  it("guesses conventional paths in the page language for kinds not found", () => {
    const guesses = guessImportantUrls("http://a.de/", "de", new Set(["contact", "about", "team", "careers"]));
    expect(guesses).toEqual([{ url: "http://a.de/impressum", kind: "imprint" }]);
    expect(declaredLanguage('<html class="x" lang="fr-BE">')).toBe("fr");
    expect(guessImportantUrls("http://a.fr/", "fr", new Set()).map((g) => g.url)).toContain("http://a.fr/mentions-legales");
  });
});
