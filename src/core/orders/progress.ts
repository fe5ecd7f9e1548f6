import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import type { z } from "zod";
import type { OrderProgressSchema } from "./schemas.ts";

export type OrderProgress = z.infer<typeof OrderProgressSchema>;

/** Live progress of many orders at once, counted from their result rows. */
export async function progressOf(db: Kysely<Database>, orders: { id: string; company_count: number; order_type?: string }[]): Promise<Map<string, OrderProgress>> {
  const result = new Map<string, OrderProgress>();
  for (const order of orders) {
    result.set(order.id, { total: order.company_count, processed: 0, succeeded: 0, failed: 0, not_found: 0, excluded: 0 });
  }
  if (!orders.length) return result;
  const rows = await db
    .selectFrom("order_companies")
    .select(["order_id", "status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("order_id", "in", orders.map((o) => o.id))
    .where("status", "!=", "PENDING")
    .groupBy(["order_id", "status"])
    .execute();
  for (const row of rows) {
    const progress = result.get(row.order_id)!;
    const n = Number(row.n);
    progress.processed += n;
    if (row.status === "ENRICHED") progress.succeeded += n;
    if (row.status === "FAILED") progress.failed += n;
    if (row.status === "NOT_FOUND") progress.not_found += n;
    if (row.status === "EXCLUDED") progress.excluded += n;
  }
  await addDiscoveryCounts(db, orders.filter((o) => o.order_type === "DISCOVERY").map((o) => o.id), result);
  return result;
}

// A DISCOVERY order's work is examining candidates; its result rows only show what was delivered.
async function addDiscoveryCounts(db: Kysely<Database>, orderIds: string[], result: Map<string, OrderProgress>): Promise<void> {
  for (const id of orderIds) Object.assign(result.get(id)!, { examined: 0, qualified: 0, rejected: 0 });
  if (!orderIds.length) return;
  const rows = await db
    .selectFrom("discovery_examinations")
    .select(["order_id", "outcome", (eb) => eb.fn.countAll<number>().as("n")])
    .where("order_id", "in", orderIds)
    .groupBy(["order_id", "outcome"])
    .execute();
  for (const row of rows) {
    const progress = result.get(row.order_id)!;
    const n = Number(row.n);
    progress.examined! += n;
    if (row.outcome === "QUALIFIED") progress.qualified! += n;
    else progress.rejected! += n;
  }
}
