import { PURGE_STALE_PERSONAL_DATA_TASK } from "../../core/queue/task-contracts.ts";
import { DEFAULT_RETENTION_DAYS, purgeStalePersonalData } from "../../core/retention/purge-stale-personal-data.ts";
import { defineTask } from "../task.ts";

/** Retention, nightly: personal data not observed again within the configured period is deleted. */
export const purgeStalePersonalDataTask = defineTask({
  name: PURGE_STALE_PERSONAL_DATA_TASK,
  queue: { policy: "singleton", retryLimit: 2 },
  cron: "17 3 * * *",
  async run(_payload, deps) {
    return purgeStalePersonalData(deps.db, deps.retentionDays ?? DEFAULT_RETENTION_DAYS);
  },
});
