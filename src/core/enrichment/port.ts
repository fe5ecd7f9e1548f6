import type { Db } from "../../db/database.ts";
import type { FrontierLead } from "../../engine/frontier/select-frontier-links.ts";
import type { SiteExtraction } from "../../engine/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";

export type AnalyzeOutcome =
  /** `note` says what was left out (pages over the analysis time budget), for the result row. */
  /** `leads`: other companies' sites the crawled pages link to (the discovery frontier). */
  | { kind: "analyzed"; extraction: SiteExtraction; pagesFetched: number; note?: string; leads?: FrontierLead[] }
  | { kind: "unreachable"; reason: string }
  /** The website was fetched but its analysis failed (over its time budget). */
  | { kind: "failed"; reason: string };

/** What the enrichment pipeline needs from the engine: one website in, facts with provenance out. */
export interface EnrichmentPort {
  analyzeWebsite(url: string, options: { testMode: boolean }): Promise<AnalyzeOutcome>;
}

/** What enriching one order row needs: the database, the queue and the engine. */
export interface EnrichmentDeps {
  db: Db;
  jobs: JobQueue;
  enrichment: EnrichmentPort;
}
