import type { Db } from "../../db/database.ts";
import { currentBudgetMonth, orderCommitted, organizationCommitted } from "./committed-costs.ts";

/**
 * How many more companies the order's max_cost and the organization's monthly budget leave room for
 * (null: no limit). Discovery qualifies no more candidates than this; each delivery still reserves its
 * own cost, which is what actually holds the limits.
 */
export async function affordableCompanies(db: Db, orderId: string): Promise<number | null> {
  const order = await db.selectFrom("orders").select(["organization_id", "test_mode", "unit_cost", "max_cost", "actual_cost", "cost_stop"]).where("id", "=", orderId).executeTakeFirstOrThrow();
  if (order.cost_stop) return 0;
  const unit = Number(order.unit_cost ?? 0);
  if (unit === 0) return null;
  const rooms: number[] = [];
  if (order.max_cost !== null) rooms.push(Number(order.max_cost) - (await orderCommitted(db, orderId, order.actual_cost)));
  if (!order.test_mode) {
    const organization = await db.selectFrom("organizations").select("monthly_budget").where("id", "=", order.organization_id).executeTakeFirstOrThrow();
    if (organization.monthly_budget !== null) rooms.push(Number(organization.monthly_budget) - (await organizationCommitted(db, order.organization_id, await currentBudgetMonth(db))));
  }
  if (!rooms.length) return null;
  return Math.max(0, Math.floor((Math.min(...rooms) + 1e-9) / unit));
}
