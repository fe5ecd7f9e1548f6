import { describe, expect, it, vi } from "vitest";
import type { CrawlResult } from "../../crawl/crawl-types.ts";
import type { DnsPort, FetchResult } from "../../fetch/types.ts";
import type { JobFacts, Page } from "../../types.ts";
import { analyzeCrawl, analyzeSite } from "../analyze-site.ts";
import { emptyCompany, type ExtractorSet } from "../extractor-set.ts";

const page = (url: string, html = "<p>x</p>"): Page => ({ url, status: 200, headers: {}, contentType: "text/html", html, fetchedAt: "2026-01-01T00:00:00Z" });
const job = (title: string, source: JobFacts["source"]): JobFacts => ({
  title, location: "Köln", employment_type: "FULL_TIME", department: null, url: null, source, ats: null, posted_at: null,
  provenance: { sourceUrl: "http://www.muster.de/jobs", method: "careers_page", confidence: 0.8 },
});

function fakeExtractors(overrides: Partial<ExtractorSet> = {}): ExtractorSet {
  return {
    extractCompany: vi.fn(() => ({ company: { ...emptyCompany(), name: "Muster GmbH" }, observations: [{ field: "name", value: "Muster GmbH", sourceUrl: "http://www.muster.de/", method: "meta" as const, confidence: 0.9 }] })),
    extractPeople: vi.fn(() => []),
    extractJobs: vi.fn(() => [job("Elektriker (m/w/d)", "careers_page")]),
    fetchAtsJobs: vi.fn(async () => [job("Elektriker (m/w/d)", "ats"), job("Azubi", "ats")]),
    loadBuiltinFingerprints: vi.fn(() => ({ set: true })),
    detectTechnologies: vi.fn(() => []),
    ...overrides,
  };
}

const crawl = (pages: Page[]): CrawlResult => ({ pages, failures: [], robots: null, visits: [] });
const fetcher = { fetch: vi.fn(), robotsFor: vi.fn(), getText: vi.fn(async () => "<feed/>") };

describe("analyzeCrawl", () => {
  it("runs every extractor with the site's domain and context, merging ATS and careers-page jobs", async () => {
    const extractors = fakeExtractors();
    const pages = [page("http://www.muster.de/"), page("http://www.muster.de/impressum")];
    const dns: DnsPort = { resolveMx: async () => ["mx.muster.de"], resolveTxt: async () => ["v=spf1"], resolveNs: async () => ["ns1.host.de"] };
    const result = await analyzeCrawl(crawl(pages), { fetcher, extractors, dns });
    expect(result.domain).toBe("muster.de");
    expect(result.company.name).toBe("Muster GmbH");
    expect(result.observations).toHaveLength(1);
    expect(extractors.extractPeople).toHaveBeenCalledWith(pages, { domain: "muster.de", company: result.company });
    expect(result.jobs.map((j) => [j.title, j.source])).toEqual([["Elektriker (m/w/d)", "ats"], ["Azubi", "ats"]]);
    expect(extractors.detectTechnologies).toHaveBeenCalledWith(pages, { set: true }, { dns: { mx: ["mx.muster.de"], txt: ["v=spf1"], ns: ["ns1.host.de"] } });
  });

  it("hands the ATS extractor a text fetcher and the configured feed base URLs", async () => {
    const extractors = fakeExtractors({
      fetchAtsJobs: vi.fn(async (_pages, ats, options) => (options.feedBaseUrls?.personio && (await ats.getText("http://feed")) ? [job("Feed job", "ats")] : [])),
    });
    const result = await analyzeCrawl(crawl([page("http://muster.de/")]), { fetcher, extractors }, { atsFeedBaseUrls: { personio: "http://127.0.0.1:9/" } });
    expect(result.jobs.map((j) => j.title)).toContain("Feed job");
    expect(fetcher.getText).toHaveBeenCalledWith("http://feed");
  });

  it("keeps going when one extractor throws, and reports it", async () => {
    const errors: string[] = [];
    const extractors = fakeExtractors({ extractPeople: () => { throw new Error("boom"); } });
    const result = await analyzeCrawl(crawl([page("http://muster.de/")]), { fetcher, extractors, onExtractorError: (name) => errors.push(name) }, { domain: "muster-gruppe.de" });
    expect(result.people).toEqual([]);
    expect(result.company.name).toBe("Muster GmbH");
    expect(result.domain).toBe("muster-gruppe.de");
    expect(errors).toEqual(["extractPeople"]);
  });

  it("returns an empty extraction for a site without pages", async () => {
    const result = await analyzeCrawl(crawl([]), { fetcher, extractors: fakeExtractors({ extractCompany: () => ({ company: emptyCompany(), observations: [] }) }) });
    expect(result).toMatchObject({ domain: null, people: [], technologies: [] });
  });
});

describe("analyzeSite", () => {
  it("crawls and then extracts", async () => {
    const home = page("http://muster.de/", "<a href='/impressum'>Impressum</a>");
    const fetch = vi.fn(async (url: string): Promise<FetchResult> =>
      url === "http://muster.de/" ? { ok: true, page: home, chain: [url] } : { ok: false, url, reason: "http_error", detail: "HTTP 404", status: 404, chain: [url] });
    const robotsFor = vi.fn(async () => ({ url: "http://muster.de/robots.txt", found: false, isAllowed: () => true, crawlDelayMs: null, sitemaps: [] }));
    const extractors = fakeExtractors();
    const result = await analyzeSite("http://muster.de/", { fetcher: { fetch, robotsFor, getText: async () => null }, extractors });
    expect(extractors.extractCompany).toHaveBeenCalledWith([home], { domain: "muster.de" });
    expect(result.company.name).toBe("Muster GmbH");
  });
});
