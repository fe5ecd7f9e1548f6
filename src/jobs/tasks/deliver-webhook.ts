import { deliverWebhookEvent } from "../../core/webhooks/deliver-event.ts";
import { DELIVER_WEBHOOK_TASK } from "../../core/queue/task-contracts.ts";
import { defineTask } from "../task.ts";

/** One attempt per job; the retry schedule is ours (it honours Retry-After), so pg-boss does not retry. */
export const deliverWebhookTask = defineTask({
  name: DELIVER_WEBHOOK_TASK,
  queue: { policy: "standard", retryLimit: 2, retryDelay: 10 },
  async run(payload, deps) {
    if (!deps.webhookSender) throw new Error("This worker has no webhook sender configured");
    return { outcome: await deliverWebhookEvent(deps.db, deps.jobs, deps.webhookSender, payload.event_id, payload.trigger) };
  },
});
