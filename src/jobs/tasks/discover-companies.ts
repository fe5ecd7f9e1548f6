import { discoverForOrder } from "../../core/discovery/discover-for-order.ts";
import { DISCOVER_TASK } from "../../core/queue/task-contracts.ts";
import { defineTask } from "../task.ts";
import { failOrder } from "../../core/orders/fail.ts";

/** Qualifies (crawling within the order's budget) and delivers new companies for a DISCOVERY order. */
export const discoverCompaniesTask = defineTask({
  name: DISCOVER_TASK,
  queue: { policy: "standard", retryLimit: 4, retryDelay: 15, retryBackoff: true, expireInSeconds: 3600 },
  run(payload, deps) {
    if (!deps.enrichment) throw new Error("This worker has no crawl engine configured");
    return discoverForOrder({ db: deps.db, jobs: deps.jobs, enrichment: deps.enrichment, webSearch: deps.webSearch }, payload.order_id);
  },
  onFinalFailure: (payload, error, deps) => failOrder(deps.db, deps.jobs, payload.order_id, `Discovery failed after retries: ${error.message}`),
});
