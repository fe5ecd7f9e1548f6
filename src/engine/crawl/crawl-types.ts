import type { Fetcher } from "../fetch/create-fetcher.ts";
import type { FetchFailureReason } from "../fetch/types.ts";
import type { Page } from "../types.ts";
import type { PageKind } from "./page-kinds.ts";
import type { LinkCandidate } from "./score-link.ts";

export interface CrawlDeps {
  fetcher: Pick<Fetcher, "fetch" | "robotsFor">;
  /**
   * Links and meta-refresh target of a fetched page; by default computed in this thread. The product
   * passes a worker pool with a per-page time budget: a page over budget is left out with its reason.
   */
  pageLinks?: (page: PageToLink) => Promise<{ ok: true; value: PageLinks } | { ok: false; reason: string }>;
}

export interface PageToLink {
  html: string;
  url: string;
  /** Where relative links resolve when not against the page itself (client-side include fragments). */
  linkBase?: string;
}

export interface PageLinks {
  links: LinkCandidate[];
  refresh: string | null;
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
  /**
   * No new request starts after this many milliseconds (default: none). Kept well below the job's
   * expiry, so a slow site never outlives its job and gets crawled a second time.
   */
  maxDurationMs?: number;
}

/** Why a URL yielded no page: a fetch failure, or a page whose analysis overran its time budget. */
export type CrawlFailureReason = FetchFailureReason | "analysis_over_budget";

export interface CrawlFailure {
  url: string;
  reason: CrawlFailureReason;
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

/** A link from a crawled page to another site: what the discovery frontier is made of. */
export interface OutboundLink {
  url: string;
  text: string;
  /** The page that links, the provenance of the lead. */
  pageUrl: string;
}

export interface CrawlResult {
  pages: Page[];
  /** Links that leave the site, from the pages kept (empty where the crawler was not asked for links). */
  outbound?: OutboundLink[];
  failures: CrawlFailure[];
  robots: RobotsSummary | null;
  /** Why each page was fetched, in fetch order (same order as `pages`). */
  visits: CrawlVisit[];
}
