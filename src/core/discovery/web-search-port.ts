import type { WebSearchResult } from "../../engine/search/searxng-search.ts";

/** An optional web search (a SearXNG-compatible endpoint the operator configures); absent = off. */
export interface WebSearchPort {
  search(query: string): Promise<WebSearchResult[]>;
}
