import { deliverWebhookEvent } from "../../core/webhooks/deliver-event.ts";
import { DELIVER_WEBHOOK_TASK } from "../../core/queue/task-contracts.ts";
import { defineTask } from "../task.ts";

/** One attempt per job; the retry schedule is ours (it honours Retry-After), so pg-boss does not retry. */
export const deliverWebhookTask = defineTask({
  name: DELIVER_WEBHOOK_TASK,
  queue: { policy: "standard", retryLimit: 2, retryDelay: 10 },
  // A delivery is one POST and a few small writes: fetched one by one, the queue's round trips cost
  // more than the delivery (bench/pipeline/webhooks.ts). Eight per fetch, posted side by side.
  batchSize: 8,
  async run(payload, deps) {
    if (!deps.webhookSender || !deps.secrets) throw new Error("This worker has no webhook sender or secret key configured");
    return { outcome: await deliverWebhookEvent(deps.db, deps.jobs, deps.webhookSender, deps.secrets, payload.event_id, payload.trigger) };
  },
});
