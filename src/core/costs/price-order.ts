import type { Kysely } from "kysely";
import type { Database } from "../../db/types.ts";
import { getPriceList } from "./get-price-list.ts";
import { timesCount, unitCostOf, type PriceList } from "./price-list.ts";

export interface OrderPricing {
  unit_cost: number;
  estimated_cost: number;
  actual_cost: number;
}

/**
 * Prices an order at acceptance: one delivered company costs the per-company price plus the price of
 * each feature asked for; the estimate assumes every company is delivered (an upper bound, since
 * excluded and not-found rows cost nothing) unless the operator gives their own.
 */
export async function priceOrder(trx: Kysely<Database>, orderId: string, estimateOverride: number | null, defaults?: PriceList): Promise<OrderPricing> {
  const order = await trx.selectFrom("orders").select(["features", "company_count"]).where("id", "=", orderId).executeTakeFirst();
  const unit = unitCostOf(await getPriceList(trx, defaults), order?.features ?? []);
  return { unit_cost: unit, estimated_cost: estimateOverride ?? timesCount(unit, order?.company_count ?? 0), actual_cost: 0 };
}
