import { enrichOrderCompany } from "../../core/enrichment/enrich-order-company.ts";
import { ENRICH_COMPANY_TASK } from "../../core/queue/task-contracts.ts";
import { settleRow } from "../../core/enrichment/settle-row.ts";
import { defineTask } from "../task.ts";

/** One company of an order; a crash mid-way is retried and the row is settled exactly once. */
export const enrichCompanyTask = defineTask({
  name: ENRICH_COMPANY_TASK,
  queue: { policy: "standard", retryLimit: 4, retryDelay: 15, retryBackoff: true, expireInSeconds: 300 },
  async run(payload, deps) {
    if (!deps.enrichment) throw new Error("This worker has no enrichment engine configured");
    return enrichOrderCompany({ db: deps.db, jobs: deps.jobs, enrichment: deps.enrichment }, { orderId: payload.order_id, rowId: payload.order_company_id });
  },
  async onFinalFailure(payload, error, deps) {
    const reason = `Processing failed after retries: ${error.message}`.slice(0, 500);
    return settleRow(deps.db, deps.jobs, { orderId: payload.order_id, rowId: payload.order_company_id, status: "FAILED", reason });
  },
});
