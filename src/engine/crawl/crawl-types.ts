import type { Fetcher } from "../fetch/create-fetcher.ts";
import type { FetchFailureReason } from "../fetch/types.ts";
import type { Page } from "../types.ts";
import type { PageKind } from "./page-kinds.ts";

export interface CrawlDeps {
  fetcher: Pick<Fetcher, "fetch" | "robotsFor">;
}

export interface CrawlOptions {
  /** Pages to keep, home included (default 25). */
  maxPages?: number;
  /** Link hops from the home page (default 2). Sitemap entries count as one hop. */
  maxDepth?: number;
  /** HTTP requests after the home page, clean-URL retries included (default 4 × maxPages): bounds time under politeness. */
  maxRequests?: number;
  /** Sitemap entries considered (default 500), so a shop's sitemap cannot flood the queue. */
  maxSitemapUrls?: number;
}

export interface CrawlFailure {
  url: string;
  reason: FetchFailureReason;
  detail: string;
  status?: number;
}

export interface CrawlVisit {
  url: string;
  kind: PageKind | "job_detail" | "home" | null;
  depth: number;
}

export interface RobotsSummary {
  url: string;
  found: boolean;
  crawlDelayMs: number | null;
  sitemaps: string[];
}

export interface CrawlResult {
  pages: Page[];
  failures: CrawlFailure[];
  robots: RobotsSummary | null;
  /** Why each page was fetched, in fetch order (same order as `pages`). */
  visits: CrawlVisit[];
}
