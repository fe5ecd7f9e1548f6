import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { DELIVER_WEBHOOK_TASK } from "../queue/task-contracts.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

/** Re-activates a paused destination and sends the events it held back, oldest first. */
export async function resumeDestination(db: Db, jobs: JobQueue, tenant: Tenant, prospectSearchId: string, destinationId: string): Promise<{ requeued: number }> {
  return db.transaction().execute(async (trx) => {
    const destination = await whereTenant(trx.updateTable("webhook_destinations"), tenant)
      .set({ status: "active", consecutive_failures: 0, updated_at: new Date().toISOString() })
      .where("id", "=", destinationId)
      .where("prospect_search_id", "=", prospectSearchId)
      .where("status", "in", ["active", "paused"])
      .returning("id")
      .executeTakeFirst();
    if (!destination) throw new NotFoundError("WebhookDestination", destinationId);
    const held = await trx
      .updateTable("webhook_events")
      .set({ status: "pending" })
      .where("destination_id", "=", destinationId)
      .where("status", "=", "paused")
      .returning("id")
      .execute();
    await jobs.sendMany(DELIVER_WEBHOOK_TASK, held.map((event) => ({ data: { event_id: event.id } })), trx);
    return { requeued: held.length };
  });
}
