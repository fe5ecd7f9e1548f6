import { FULFIL_ORDER_TASK } from "../../core/queue/task-contracts.ts";
import { excludeBlacklistedRows } from "../../core/orders/exclude-blacklisted.ts";
import { startOrderFulfilment } from "../../core/orders/start-fulfilment.ts";
import { defineTask } from "../task.ts";
import { failOrder } from "../../core/orders/fail.ts";

/** Starts an accepted order: blacklist exclusion before any crawling, then one job per company. */
export const fulfilOrderTask = defineTask({
  name: FULFIL_ORDER_TASK,
  queue: { policy: "standard", retryLimit: 5, retryDelay: 5, retryBackoff: true },
  async run(payload, deps) {
    return startOrderFulfilment(deps.db, deps.jobs, payload.order_id, excludeBlacklistedRows);
  },
  onFinalFailure: (payload, error, deps) => failOrder(deps.db, deps.jobs, payload.order_id, `Fulfilment could not start: ${error.message}`),
});
