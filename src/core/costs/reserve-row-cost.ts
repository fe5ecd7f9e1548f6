import type { Kysely } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Database } from "../../db/types.ts";
import { currentBudgetMonth, formatAmount, orderCommitted, organizationCommitted } from "./committed-costs.ts";

export type Reservation = { reserved: true } | { reserved: false; reason: string };

/**
 * Reserves one row's cost before any crawl is spent on it, under the order's lock (and the
 * organization's, for its monthly budget), so parallel rows can never pass `max_cost` or the budget
 * together. The first row that would pass a limit stops the order: it and every later row are left out.
 */
export async function reserveRowCost(db: Db, orderId: string, rowId: string): Promise<Reservation> {
  return db.transaction().execute((trx) => reserveWithin(trx, orderId, rowId));
}

export async function reserveWithin(trx: Kysely<Database>, orderId: string, rowId: string): Promise<Reservation> {
  const order = await trx
    .selectFrom("orders")
    .select(["organization_id", "test_mode", "unit_cost", "max_cost", "actual_cost", "cost_stop"])
    .where("id", "=", orderId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const row = await trx.selectFrom("order_companies").select("cost").where("id", "=", rowId).executeTakeFirstOrThrow();
  // A resumed run keeps the reservation its predecessor made.
  if (row.cost !== null) return { reserved: true };
  if (order.cost_stop) return { reserved: false, reason: order.cost_stop };
  const unit = Number(order.unit_cost ?? 0);
  const month = await currentBudgetMonth(trx);
  const refusal = (await orderCapRefusal(trx, orderId, order, unit)) ?? (order.test_mode ? null : await budgetRefusal(trx, order.organization_id, unit, month));
  if (refusal) {
    await trx.updateTable("orders").set({ cost_stop: refusal, message: refusal }).where("id", "=", orderId).execute();
    return { reserved: false, reason: refusal };
  }
  await trx.updateTable("order_companies").set({ cost: unit, cost_month: month }).where("id", "=", rowId).execute();
  return { reserved: true };
}

async function orderCapRefusal(trx: Kysely<Database>, orderId: string, order: { max_cost: number | null; actual_cost: number | null }, unit: number): Promise<string | null> {
  if (order.max_cost === null || unit === 0) return null;
  const committed = await orderCommitted(trx, orderId, order.actual_cost);
  if (committed + unit <= Number(order.max_cost) + 1e-9) return null;
  return `Stopped at the order's max_cost of ${formatAmount(Number(order.max_cost))}: ${formatAmount(committed)} spent or reserved, and the next company (${formatAmount(unit)}) would pass it. Companies not yet processed were left out.`;
}

async function budgetRefusal(trx: Kysely<Database>, organizationId: string, unit: number, month: string): Promise<string | null> {
  if (unit === 0) return null;
  const organization = await trx.selectFrom("organizations").select("monthly_budget").where("id", "=", organizationId).forUpdate().executeTakeFirstOrThrow();
  if (organization.monthly_budget === null) return null;
  const budget = Number(organization.monthly_budget);
  const committed = await organizationCommitted(trx, organizationId, month);
  if (committed + unit <= budget + 1e-9) return null;
  return `Stopped at the organization's monthly budget of ${formatAmount(budget)} for ${month.slice(0, 7)}: ${formatAmount(committed)} spent or reserved this month, and the next company (${formatAmount(unit)}) would pass it. Companies not yet processed were left out.`;
}
