import type { z } from "zod";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page } from "../pagination.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentOrder } from "./present.ts";
import { progressOf } from "./progress.ts";
import type { ListOrdersQuerySchema, Order } from "./schemas.ts";

export type ListOrdersQuery = z.infer<typeof ListOrdersQuerySchema>;

/** The tenant's orders, newest first. */
export async function listOrders(db: Db, tenant: Tenant, query: ListOrdersQuery): Promise<Page<Order>> {
  let base = whereTenant(db.selectFrom("orders"), tenant);
  if (query.status) base = base.where("status", "=", query.status);
  if (query.order_type) base = base.where("order_type", "=", query.order_type);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const progress = await progressOf(db, rows);
  return toPage(rows.map((row) => presentOrder(row, progress.get(row.id)!)), Number(count.n), query);
}
