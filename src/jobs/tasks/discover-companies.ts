import { discoverForOrder } from "../../core/discovery/discover-for-order.ts";
import { DISCOVER_TASK } from "../../core/queue/task-contracts.ts";
import { defineTask } from "../task.ts";
import { failOrder } from "../../core/orders/fail.ts";

/** Qualifies and delivers new companies for a DISCOVERY order from the installation's knowledge base. */
export const discoverCompaniesTask = defineTask({
  name: DISCOVER_TASK,
  queue: { policy: "standard", retryLimit: 4, retryDelay: 15, retryBackoff: true, expireInSeconds: 900 },
  run: (payload, deps) => discoverForOrder(deps.db, deps.jobs, payload.order_id),
  onFinalFailure: (payload, error, deps) => failOrder(deps.db, deps.jobs, payload.order_id, `Discovery failed after retries: ${error.message}`),
});
