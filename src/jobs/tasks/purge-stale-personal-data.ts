import { z } from "zod";
import { DEFAULT_RETENTION_DAYS, purgeStalePersonalData } from "../../core/retention/purge-stale-personal-data.ts";
import { defineTask } from "../task.ts";

/** Retention, nightly: personal data not observed again within the configured period is deleted. */
export const purgeStalePersonalDataTask = defineTask({
  name: "retention.purge",
  queue: { policy: "singleton", retryLimit: 2 },
  payload: z.object({}).strict(),
  cron: "17 3 * * *",
  async run(_payload, deps) {
    return purgeStalePersonalData(deps.db, deps.retentionDays ?? DEFAULT_RETENTION_DAYS);
  },
});
