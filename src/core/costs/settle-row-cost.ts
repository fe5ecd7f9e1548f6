import { sql, type Kysely } from "kysely";
import type { Database, OrderCompanyStatus } from "../../db/types.ts";

/**
 * Turns a settling row's reservation into a charge (ENRICHED) or releases it (any other outcome).
 * Runs inside settleRow's transaction, which holds the order's lock; the organization's lock is taken
 * after it, in the same order as reserveRowCost, so a budget check never sees half a settlement.
 */
export async function settleRowCost(trx: Kysely<Database>, orderId: string, rowId: string, status: Exclude<OrderCompanyStatus, "PENDING">): Promise<void> {
  const row = await trx
    .selectFrom("order_companies")
    .select(["cost", sql<string | null>`cost_month::text`.as("month")])
    .where("id", "=", rowId)
    .executeTakeFirstOrThrow();
  if (row.cost === null) return;
  const cost = Number(row.cost);
  if (status !== "ENRICHED") {
    await trx.updateTable("order_companies").set({ cost: 0 }).where("id", "=", rowId).execute();
    return;
  }
  if (cost === 0) return;
  const order = await trx
    .updateTable("orders")
    .set({ actual_cost: sql<number>`coalesce(actual_cost, 0) + ${cost}` })
    .where("id", "=", orderId)
    .returning(["organization_id", "test_mode"])
    .executeTakeFirstOrThrow();
  if (order.test_mode || !row.month) return;
  await trx.selectFrom("organizations").select("id").where("id", "=", order.organization_id).forUpdate().executeTakeFirst();
  await trx
    .insertInto("organization_monthly_spend")
    .values({ organization_id: order.organization_id, month: row.month, spent: cost })
    .onConflict((oc) => oc.columns(["organization_id", "month"]).doUpdateSet({ spent: sql<number>`organization_monthly_spend.spent + ${cost}` }))
    .execute();
}
