import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { recordSiteExtraction } from "../companies/record-site-extraction.ts";
import { ConflictError } from "../errors.ts";
import type { EnrichmentPort } from "../enrichment/port.ts";
import type { FrontierLead } from "../../engine/frontier/select-frontier-links.ts";
import type { CriterionResult } from "../../engine/match/icp/score-company.ts";
import type { CandidateRow } from "./find-candidates.ts";
import type { DiscoveryIcp, SearchProfile } from "./read-icp.ts";
import { QUALIFYING_SCORE, scoreDiscoveryCandidate } from "./score-candidate.ts";

export interface Examination {
  companyId: string;
  outcome: "QUALIFIED" | "BELOW_THRESHOLD" | "UNREACHABLE";
  crawled: boolean;
  score: number | null;
  reason: string | null;
  /** Other companies' sites the crawled pages link to (the frontier). */
  leads?: FrontierLead[];
}

export interface ExamineContext {
  db: Db;
  enrichment: EnrichmentPort;
  orderId: string;
  organizationId: string;
  testMode: boolean;
  features: string[];
  search: SearchProfile;
  icp: DiscoveryIcp;
}

/**
 * One candidate: crawled unless `fresh` (its facts are recent enough), then scored against the
 * profile; the outcome is recorded for the order (progress, resume after a retry, the shortfall message).
 */
export async function examineCandidate(context: ExamineContext, candidate: CandidateRow, fresh: boolean): Promise<Examination> {
  let examination: Examination;
  if (fresh) examination = await scoreStored(context, candidate.id, false);
  else {
    const website = candidate.website ?? `https://${candidate.domain}/`;
    const analyzed = await context.enrichment.analyzeWebsite(website, { testMode: context.testMode });
    if (analyzed.kind === "unreachable") examination = { companyId: candidate.id, outcome: "UNREACHABLE", crawled: true, score: null, reason: `${website} could not be crawled: ${analyzed.reason}` };
    else if (analyzed.kind === "failed") examination = { companyId: candidate.id, outcome: "UNREACHABLE", crawled: true, score: null, reason: `${website} could not be analysed: ${analyzed.reason}` };
    else {
      try {
        const { companyId } = await recordSiteExtraction(context.db, { testMode: context.testMode, extraction: analyzed.extraction, websiteUrl: website, crawledAt: new Date().toISOString(), features: context.features });
        examination = { ...(await scoreStored(context, companyId, true)), leads: analyzed.leads };
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        examination = { companyId: candidate.id, outcome: "UNREACHABLE", crawled: true, score: null, reason: error.message };
      }
    }
  }
  await record(context, examination, candidate.id);
  return examination;
}

async function scoreStored(context: ExamineContext, companyId: string, crawled: boolean): Promise<Examination & { explanation?: unknown }> {
  const [row, technologies] = await Promise.all([
    context.db.selectFrom("companies").selectAll().where("id", "=", companyId).executeTakeFirstOrThrow(),
    context.db.selectFrom("company_technologies").select(["name", "slug", "categories", "version", "confidence"]).where("company_id", "=", companyId).execute(),
  ]);
  const score = scoreDiscoveryCandidate(row, technologies.map((t) => ({ ...t, evidence: [] })), context.search, context.icp);
  const found = await leadProvenance(context, companyId);
  if (found) score.explanation.push(found);
  const qualified = (score.score ?? 0) >= QUALIFYING_SCORE;
  return {
    companyId,
    outcome: qualified ? "QUALIFIED" : "BELOW_THRESHOLD",
    crawled,
    score: score.score,
    reason: qualified ? null : `scored ${score.score ?? "n/a"}/10: ${score.explanation.filter((c) => c.matched !== true && c.criterion !== "found").map((c) => `${c.criterion}: ${c.evidence}`).join("; ")}`.slice(0, 1000),
    explanation: score.explanation,
  };
}

async function record(context: ExamineContext, examination: Examination & { explanation?: unknown }, candidateId: string): Promise<void> {
  await context.db
    .insertInto("discovery_examinations")
    .values({
      order_id: context.orderId,
      // The crawl may resolve to the company the candidate was merged into; progress counts the candidate.
      company_id: candidateId,
      outcome: examination.outcome,
      crawled: examination.crawled,
      score: examination.score,
      explanation: JSON.stringify(examination.explanation ?? []),
      reason: examination.reason,
      examined_at: sql<string>`now()`,
    })
    .onConflict((oc) => oc.columns(["order_id", "company_id"]).doNothing())
    .execute();
}

/** Where a candidate that came from no import was found: a criterion of weight 0, shown with the score. */
async function leadProvenance(context: ExamineContext, companyId: string): Promise<CriterionResult | null> {
  const lead = await context.db
    .selectFrom("discovery_leads")
    .select(["origin", "source_url", "detail"])
    .where("company_id", "=", companyId)
    .where("organization_id", "=", context.organizationId)
    .where("test_mode", "=", context.testMode)
    .executeTakeFirst();
  if (!lead) return null;
  const evidence = lead.origin === "frontier"
    ? `linked from ${lead.source_url}${lead.detail ? ` ('${lead.detail}')` : ""}`
    : `web search result ${lead.source_url}${lead.detail ? ` for '${lead.detail}'` : ""}`;
  return { criterion: "found", matched: null, weight: 0, evidence: evidence.slice(0, 500) };
}
