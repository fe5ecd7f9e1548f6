import type { Fetcher } from "../fetch/create-fetcher.ts";

/** One web search hit. */
export interface WebSearchResult {
  url: string;
  title: string;
}

// Enough for one query's first result page; more would be the search engine's second opinion.
const MAX_RESULTS = 30;

/**
 * A SearXNG-compatible JSON search endpoint (`GET {base}/search?q=…&format=json` → `{ results: [{ url, title }] }`).
 * Requests go through the SSRF-guarded fetcher; a failing or malformed answer is no results, never an error.
 */
export function createSearxngSearch(baseUrl: string, fetcher: Pick<Fetcher, "fetch">): { search(query: string): Promise<WebSearchResult[]> } {
  const endpoint = new URL("search", baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  return {
    async search(query) {
      const url = new URL(endpoint);
      url.searchParams.set("q", query);
      url.searchParams.set("format", "json");
      const answer = await fetcher.fetch(url.toString(), { kind: "text", ignoreRobots: true });
      if (!answer.ok) return [];
      return parseSearxngResults(answer.page.html);
    },
  };
}

/** The http(s) result URLs of a SearXNG JSON answer; anything else in it is ignored. */
export function parseSearxngResults(body: string): WebSearchResult[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const results = (parsed as { results?: unknown }).results;
  if (!Array.isArray(results)) return [];
  return results
    .filter((r): r is { url: string; title?: unknown } => typeof r === "object" && r !== null && typeof (r as { url?: unknown }).url === "string" && /^https?:\/\//i.test((r as { url: string }).url))
    .slice(0, MAX_RESULTS)
    .map((r) => ({ url: r.url, title: typeof r.title === "string" ? r.title.slice(0, 300) : "" }));
}
