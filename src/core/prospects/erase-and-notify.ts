import type { Db } from "../../db/database.ts";
import type { SuppressionReason } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { searchesDelivered } from "../deliveries/append-withdrawals.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue-event.ts";
import { erasePersonInTransaction, type ErasedPerson } from "./erase.ts";

/** Erases one person and tells every search that was delivered their company, with ids only. */
export async function erasePersonAndNotify(db: Db, jobs: JobQueue, prospectId: string, reason: SuppressionReason = "erased"): Promise<ErasedPerson & { notifiedSearches: number }> {
  return db.transaction().execute((trx) => erasePersonAndNotifyInTransaction(trx, jobs, prospectId, reason));
}

export async function erasePersonAndNotifyInTransaction(trx: Db, jobs: JobQueue, prospectId: string, reason: SuppressionReason): Promise<ErasedPerson & { notifiedSearches: number }> {
  const erased = await erasePersonInTransaction(trx, prospectId, reason);
  const searches = await searchesDelivered(trx, erased.companyId);
  for (const search of searches) {
    await enqueueWebhookEvent(trx, jobs, { organizationId: search.organization_id, testMode: search.test_mode }, {
      prospectSearchId: search.prospect_search_id,
      eventType: "prospect.erased",
      dedupeKey: `prospect-erased:${prospectId}`,
      data: { prospect_id: prospectId, company_id: erased.companyId },
    });
  }
  return { ...erased, notifiedSearches: searches.length };
}
