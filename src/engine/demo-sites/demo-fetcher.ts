import type { Fetcher } from "../fetch/index.ts";
import { demoPage } from "./demo-pages.ts";

/** A Fetcher that answers from the demonstration websites only: test mode never touches the network. */
export function createDemoFetcher(): Fetcher {
  return {
    async fetch(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return { ok: false, url, reason: "invalid_url", detail: "not a URL", chain: [url] };
      }
      const html = demoPage(parsed.hostname, parsed.pathname);
      if (html === null) return { ok: false, url, reason: "http_error", detail: "404 on the demonstration website", status: 404, chain: [url] };
      const page = { url, status: 200, headers: { "content-type": "text/html; charset=utf-8" }, contentType: "text/html", html, fetchedAt: new Date().toISOString() };
      return { ok: true, page, chain: [url] };
    },
    async getText() {
      return null;
    },
    async robotsFor(url) {
      return { url: new URL("/robots.txt", url).toString(), found: false, isAllowed: () => true, crawlDelayMs: null, sitemaps: [] };
    },
    async close() {},
  };
}
