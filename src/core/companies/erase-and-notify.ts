import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { searchesDelivered } from "../deliveries/append-withdrawals.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue-event.ts";
import { eraseCompanyInTransaction } from "./erase.ts";

/**
 * Operator erasure: the company is erased (feeds get `erased` items) and every webhook destination of
 * a search it was delivered to gets `company.erased` with ids only, in the same transaction.
 */
export async function eraseCompanyAndNotify(db: Db, jobs: JobQueue, companyId: string): Promise<{ notifiedSearches: number; testMode: boolean }> {
  return db.transaction().execute(async (trx) => {
    const searches = await searchesDelivered(trx, companyId);
    const { testMode } = await eraseCompanyInTransaction(trx, companyId);
    for (const search of searches) {
      await enqueueWebhookEvent(trx, jobs, { organizationId: search.organization_id, testMode: search.test_mode }, {
        prospectSearchId: search.prospect_search_id,
        eventType: "company.erased",
        dedupeKey: `erased:${companyId}`,
        data: { company_id: companyId },
      });
    }
    return { notifiedSearches: searches.length, testMode };
  });
}
