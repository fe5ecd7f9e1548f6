import type { Db } from "../../db/database.ts";

/**
 * Fairness between organizations in the one shared company queue. pg-boss hands out the highest
 * priority first (FIFO among equals), so a company job's priority is minus its place in its
 * tenant's backlog: every tenant's 1st waiting company comes before anyone's 2nd, and so on — a
 * round-robin over tenants. A 10-company order placed behind another organization's 10,000 waits
 * for about 10 jobs per busy tenant, not 10,000. Within one tenant orders stay first come, first served.
 */
export function fairPriority(placeInBacklog: number): number {
  return -Math.min(placeInBacklog, MAX_RANK);
}

// pg-boss stores priority as a 32-bit integer; far beyond any realistic backlog.
const MAX_RANK = 1_000_000_000;

/** Companies of the order's tenant (organization and world) still waiting in its other running orders. */
export async function tenantBacklog(db: Db, orderId: string): Promise<number> {
  const order = await db.selectFrom("orders").select(["organization_id", "test_mode"]).where("id", "=", orderId).executeTakeFirstOrThrow();
  const row = await db
    .selectFrom("order_companies as oc")
    .innerJoin("orders as o", "o.id", "oc.order_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("o.organization_id", "=", order.organization_id)
    .where("o.test_mode", "=", order.test_mode)
    .where("o.status", "=", "IN_PROGRESS")
    .where("o.id", "!=", orderId)
    .where("oc.status", "=", "PENDING")
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
