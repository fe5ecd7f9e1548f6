import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";
import { presentOrder } from "./present.ts";
import { progressOf } from "./progress.ts";
import type { Order } from "./schemas.ts";

export async function getOrder(db: Db, tenant: Tenant, orderId: string): Promise<Order> {
  const row = await whereTenant(db.selectFrom("orders").selectAll(), tenant).where("id", "=", orderId).executeTakeFirst();
  if (!row) throw new NotFoundError("Order", orderId);
  const progress = await progressOf(db, [row]);
  return presentOrder(row, progress.get(row.id)!);
}
