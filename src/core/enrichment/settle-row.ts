import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { OrderCompanyStatus } from "../../db/types.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { completeOrderIfSettled } from "../orders/complete-if-settled.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue-event.ts";
import type { Tenant } from "../context.ts";
import { settleRowCost } from "../costs/settle-row-cost.ts";

export interface RowSettlement {
  orderId: string;
  rowId: string;
  status: Exclude<OrderCompanyStatus, "PENDING">;
  reason: string | null;
  companyId?: string | null;
  /** The settling run's claim (row-claim.ts): a run that lost its claim to a resumed one settles nothing. */
  claimToken?: string;
  /** For ENRICHED rows: the webhook announcing the delivered company. */
  delivery?: {
    tenant: Tenant;
    prospectSearchId: string;
    deliveryId: string;
    eventType: "delivery.company_qualified" | "delivery.company_updated";
    data: Record<string, unknown>;
  };
}

/**
 * Settles one result row exactly once (PENDING → final, conditional), announces the delivery and
 * completes the order when it was the last row — all in one transaction under the order's lock.
 * A retried job finds the row settled and changes nothing.
 */
export async function settleRow(db: Db, jobs: JobQueue, settlement: RowSettlement): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT id FROM orders WHERE id = ${settlement.orderId} FOR UPDATE`.execute(trx);
    let update = trx
      .updateTable("order_companies")
      .set({ status: settlement.status, reason: settlement.reason, company_id: settlement.companyId ?? null, settled_at: new Date().toISOString(), updated_at: sql<string>`now()` })
      .where("id", "=", settlement.rowId)
      .where("status", "=", "PENDING");
    if (settlement.claimToken) update = update.where("claimed_by", "=", settlement.claimToken);
    const updated = await update.returning("id").executeTakeFirst();
    if (!updated) return false;
    await settleRowCost(trx, settlement.orderId, settlement.rowId, settlement.status);
    if (settlement.delivery) {
      const { tenant, prospectSearchId, deliveryId, eventType, data } = settlement.delivery;
      await enqueueWebhookEvent(trx, jobs, tenant, { prospectSearchId, eventType, dedupeKey: `delivery:${deliveryId}`, data, companyId: settlement.companyId });
    }
    await completeOrderIfSettled(trx, jobs, settlement.orderId);
    return true;
  });
}
