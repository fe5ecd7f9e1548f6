import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { DELIVER_WEBHOOK_TASK } from "../queue/task-contracts.ts";
import type { Tenant } from "../context.ts";
import { newId } from "../ids.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";


export interface WebhookEventInput {
  prospectSearchId: string;
  eventType: "delivery.company_qualified" | "delivery.company_updated" | "order.status_changed" | "company.erased" | "prospect.erased";
  /** Same subject, same destination → one event, however often the pipeline retries. */
  dedupeKey: string;
  data: Record<string, unknown>;
  /** The company whose data the payload carries, so erasure can find and redact it. */
  companyId?: string | null;
}

/**
 * Queues one event per active destination of the prospect search, inside the caller's transaction,
 * so an event exists exactly when the fact it announces is committed.
 */
export async function enqueueWebhookEvent(trx: Kysely<Database>, jobs: JobQueue, tenant: Tenant, input: WebhookEventInput): Promise<number> {
  const destinations = await whereTenant(trx.selectFrom("webhook_destinations").select("id"), tenant)
    .where("prospect_search_id", "=", input.prospectSearchId)
    .where("status", "=", "active")
    .execute();
  let queued = 0;
  for (const destination of destinations) {
    const id = newId();
    const payload = { event: input.eventType, delivery_id: id, timestamp: new Date().toISOString(), data: input.data };
    const inserted = await trx
      .insertInto("webhook_events")
      .values({ id, organization_id: tenant.organizationId, test_mode: tenant.testMode, destination_id: destination.id, event_type: input.eventType, dedupe_key: input.dedupeKey, payload: JSON.stringify(payload), company_id: input.companyId ?? null })
      .onConflict((oc) => oc.columns(["destination_id", "dedupe_key"]).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!inserted) continue;
    await jobs.send(DELIVER_WEBHOOK_TASK, { event_id: id }, { singletonKey: `${id}:1` }, trx);
    queued++;
  }
  return queued;
}
