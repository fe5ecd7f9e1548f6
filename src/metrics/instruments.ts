import { Counter, Histogram } from "./registry.ts";

/** The process's instruments; /metrics renders them together with database-derived gauges. */
export const metrics = {
  httpDuration: new Histogram("openprospect_http_request_duration_seconds", "HTTP request latency by route and status", [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
  crawlPages: new Counter("openprospect_crawl_pages_total", "Pages fetched by the crawler, by outcome"),
  extractionSeconds: new Histogram("openprospect_site_analysis_seconds", "Crawl + extraction time per website", [0.5, 1, 2, 5, 10, 20, 40, 80]),
  jobsProcessed: new Counter("openprospect_jobs_processed_total", "Jobs run by this process, by task and outcome"),
};
