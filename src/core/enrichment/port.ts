import type { Db } from "../../db/database.ts";
import type { SiteExtraction } from "../../engine/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";

export type AnalyzeOutcome =
  | { kind: "analyzed"; extraction: SiteExtraction; pagesFetched: number }
  | { kind: "unreachable"; reason: string };

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
