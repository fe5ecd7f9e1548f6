import type { PageLinks, PageToLink } from "../crawl/crawl-types.ts";
import type { SiteFacts, SiteFactsInput } from "./site-facts.ts";

export type { PageLinks };

export interface SiteFactsResult {
  facts: SiteFacts;
  /** Extractors that threw, with their message; their part of the facts is empty. */
  errors: string[];
}

export type AnalysisRequest =
  | { task: "pageLinks"; input: PageToLink }
  | { task: "siteFacts"; input: SiteFactsInput };

export type AnalysisReply = { ok: true; value: PageLinks | SiteFactsResult } | { ok: false; error: string };
