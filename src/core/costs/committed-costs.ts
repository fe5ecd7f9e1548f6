import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/types.ts";

/** First day of the current UTC month, YYYY-MM-DD: the budget month a reservation counts in. */
export async function currentBudgetMonth(trx: Kysely<Database>): Promise<string> {
  const row = await sql<{ month: string }>`SELECT to_char(date_trunc('month', now() AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month`.execute(trx);
  return row.rows[0]!.month;
}

/** What an order has charged plus what its rows in flight have reserved. */
export async function orderCommitted(trx: Kysely<Database>, orderId: string, actualCost: number | null): Promise<number> {
  const reserved = await trx
    .selectFrom("order_companies")
    .select(sql<number>`coalesce(sum(cost), 0)`.as("sum"))
    .where("order_id", "=", orderId)
    .where("status", "=", "PENDING")
    .where("cost", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(actualCost ?? 0) + Number(reserved.sum);
}

/**
 * An organization's live spending in a month: charged rows (kept per month) plus reservations of rows
 * still in flight in running orders (a cancelled order's leftovers reserve nothing).
 */
export async function organizationCommitted(trx: Kysely<Database>, organizationId: string, month: string): Promise<number> {
  const spent = await trx.selectFrom("organization_monthly_spend").select("spent").where("organization_id", "=", organizationId).where("month", "=", month).executeTakeFirst();
  const reserved = await trx
    .selectFrom("order_companies as oc")
    .innerJoin("orders as o", "o.id", "oc.order_id")
    .select(sql<number>`coalesce(sum(oc.cost), 0)`.as("sum"))
    .where("o.organization_id", "=", organizationId)
    .where("o.test_mode", "=", false)
    .where("o.status", "=", "IN_PROGRESS")
    .where("oc.status", "=", "PENDING")
    .where("oc.cost_month", "=", month)
    .executeTakeFirstOrThrow();
  return Number(spent?.spent ?? 0) + Number(reserved.sum);
}

export function formatAmount(amount: number): string {
  return amount.toFixed(2);
}
