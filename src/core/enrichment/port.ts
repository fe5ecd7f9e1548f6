import type { SiteExtraction } from "../../engine/types.ts";

export type AnalyzeOutcome =
  | { kind: "analyzed"; extraction: SiteExtraction; pagesFetched: number }
  | { kind: "unreachable"; reason: string };

/** What the enrichment pipeline needs from the engine: one website in, facts with provenance out. */
export interface EnrichmentPort {
  analyzeWebsite(url: string, options: { testMode: boolean }): Promise<AnalyzeOutcome>;
}
