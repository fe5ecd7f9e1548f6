import type { Db } from "../../../src/db/database.ts";
import type { IndustryFacts } from "../../../src/engine/types.ts";

/** One candidate an order examined, as the diagnostics print it. */
export interface ExaminedCandidate {
  /** The corpus site id (or the domain when the candidate is no corpus site, e.g. a frontier lead). */
  site: string;
  outcome: string;
  score: number | null;
  /** The industry classified from the site: "62 Computer programming … (0.71)", or null. */
  industry: string | null;
  criteria: { criterion: string; matched: boolean | null; weight: number; evidence: string }[];
  reason: string | null;
}

/**
 * What an order examined, in examination order. Read from the product's own table beside the API-only
 * grading: the API shows only what was delivered, and a miss is diagnosed by what was not.
 */
export async function examinedCandidates(db: Db, orderId: string, siteIdOf: Map<string, string>): Promise<ExaminedCandidate[]> {
  const rows = await db
    .selectFrom("discovery_examinations as e")
    .innerJoin("companies as c", "c.id", "e.company_id")
    .select(["c.domain", "c.industry", "e.outcome", "e.score", "e.explanation", "e.reason", "e.examined_at"])
    .where("e.order_id", "=", orderId)
    .orderBy("e.examined_at")
    .execute();
  return rows.map((row) => {
    const industry = (typeof row.industry === "string" ? JSON.parse(row.industry) : row.industry) as IndustryFacts | null;
    const criteria = (typeof row.explanation === "string" ? JSON.parse(row.explanation) : row.explanation) as ExaminedCandidate["criteria"] | null;
    return {
      site: (row.domain && siteIdOf.get(row.domain)) ?? row.domain ?? "?",
      outcome: row.outcome,
      score: row.score === null ? null : Number(row.score),
      industry: industry?.nace_code ? `${industry.nace_code} ${industry.label} (${industry.confidence})` : null,
      criteria: criteria ?? [],
      reason: row.reason,
    };
  });
}
