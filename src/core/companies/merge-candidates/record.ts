import type { Db } from "../../../db/database.ts";
import { newId } from "../../ids.ts";

/** Notes that a new company resembles a known one; an operator approves (merges) or dismisses it. */
export async function recordMergeCandidate(db: Db, input: { companyId: string; candidateOf: string; reason: "register" | "name_city" }): Promise<void> {
  await db
    .insertInto("company_merge_candidates")
    .values({ id: newId(), company_id: input.companyId, candidate_of: input.candidateOf, reason: input.reason })
    .onConflict((oc) => oc.columns(["company_id", "candidate_of"]).doNothing())
    .execute();
}
