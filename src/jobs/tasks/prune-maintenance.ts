import { pruneIdempotencyRecords } from "../../core/idempotency/prune.ts";
import { pruneRateLimitCounters } from "../../core/rate-limits/prune.ts";
import { PRUNE_MAINTENANCE_TASK } from "../../core/queue/task-contracts.ts";
import { defineTask } from "../task.ts";

/** Drops idempotency records past 24 h and rate-limit windows that can no longer limit anything. */
export const pruneMaintenanceTask = defineTask({
  name: PRUNE_MAINTENANCE_TASK,
  queue: { policy: "singleton", retryLimit: 2 },
  cron: "*/15 * * * *",
  async run(_payload, deps) {
    const idempotencyRecords = await pruneIdempotencyRecords(deps.db);
    const rateLimitCounters = await pruneRateLimitCounters(deps.db);
    return { idempotencyRecords, rateLimitCounters };
  },
});
