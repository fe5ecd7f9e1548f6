export { crawlSite } from "./crawl-site.ts";
export type { CrawlDeps, CrawlFailure, CrawlOptions, CrawlResult, CrawlVisit, RobotsSummary } from "./crawl-types.ts";
export type { PageKind } from "./page-kinds.ts";
