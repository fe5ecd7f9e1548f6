import { sql } from "kysely";
import type { Db } from "../../../db/database.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { mergeCompanies } from "../merge.ts";
import { getMergeCandidate } from "./list.ts";
import type { MergeCandidate } from "./schemas.ts";

/**
 * The operator's decision on a pending candidate: `merge` moves the crawl's company into the known
 * one (feeds report it as merged), `dismiss` keeps both apart for good.
 */
export async function resolveMergeCandidate(db: Db, candidateId: string, action: "merge" | "dismiss"): Promise<MergeCandidate> {
  const candidate = await db.selectFrom("company_merge_candidates").selectAll().where("id", "=", candidateId).executeTakeFirst();
  if (!candidate) throw new NotFoundError("MergeCandidate", candidateId);
  if (candidate.status !== "pending") throw new ConflictError(`Merge candidate ${candidateId} is already ${candidate.status}`, "MERGE_CANDIDATE_RESOLVED");
  if (action === "merge") await mergeCompanies(db, candidate.company_id, candidate.candidate_of);
  const updated = await db
    .updateTable("company_merge_candidates")
    .set({ status: action === "merge" ? "merged" : "dismissed", resolved_at: sql<string>`now()` })
    .where("id", "=", candidateId)
    .where("status", "=", "pending")
    .returning("id")
    .executeTakeFirst();
  if (!updated) throw new ConflictError(`Merge candidate ${candidateId} was resolved concurrently`, "MERGE_CANDIDATE_RESOLVED");
  return getMergeCandidate(db, candidateId);
}
