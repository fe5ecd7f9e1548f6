import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue-event.ts";
import { eraseCompany } from "./erase.ts";
import { searchesDelivered } from "../deliveries/append-withdrawals.ts";

/**
 * Operator erasure: the company is erased (feeds get `erased` items) and every webhook destination of
 * a search it was delivered to gets `company.erased`. The pull feed is the record if a push is missed.
 */
export async function eraseCompanyAndNotify(db: Db, jobs: JobQueue, companyId: string): Promise<{ notifiedSearches: number }> {
  const searches = await searchesDelivered(db, companyId);
  await eraseCompany(db, companyId);
  await db.transaction().execute(async (trx) => {
    for (const search of searches) {
      await enqueueWebhookEvent(trx, jobs, { organizationId: search.organization_id, testMode: search.test_mode }, {
        prospectSearchId: search.prospect_search_id,
        eventType: "company.erased",
        dedupeKey: `erased:${companyId}`,
        data: { company_id: companyId },
      });
    }
  });
  return { notifiedSearches: searches.length };
}
