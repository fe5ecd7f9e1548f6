import type { Db } from "../../db/database.ts";
import { NotFoundError } from "../errors.ts";
import { presentOrder } from "./present.ts";
import { progressOf } from "./progress.ts";
import type { Order } from "./schemas.ts";

/** Operators see every organization's orders. */
export async function getOrderAsOperator(db: Db, orderId: string): Promise<Order> {
  const row = await db.selectFrom("orders").selectAll().where("id", "=", orderId).executeTakeFirst();
  if (!row) throw new NotFoundError("Order", orderId);
  const progress = await progressOf(db, [row]);
  return presentOrder(row, progress.get(row.id)!);
}
