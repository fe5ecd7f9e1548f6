import type { Db } from "../../db/database.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import { presentOrder } from "./present.ts";
import { progressOf } from "./progress.ts";
import type { Order } from "./schemas.ts";
import type { OrderStatus } from "../../db/types.ts";

export type ReviewQueueItem = Order & { organization_id: string; organization_name: string; test_mode: boolean };

/** The operators' queue across all organizations, oldest first (first come, first reviewed). */
export async function listOrdersForReview(db: Db, query: PageQuery & { status?: OrderStatus }): Promise<Page<ReviewQueueItem>> {
  let base = db.selectFrom("orders").innerJoin("organizations", "organizations.id", "orders.organization_id");
  if (query.status) base = base.where("orders.status", "=", query.status);
  const [rows, count] = await Promise.all([
    base.selectAll("orders").select("organizations.name as organization_name").orderBy("orders.created_at").orderBy("orders.id").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const progress = await progressOf(db, rows);
  const items = rows.map((row) => ({
    ...presentOrder(row, progress.get(row.id)!),
    organization_id: row.organization_id,
    organization_name: row.organization_name,
    test_mode: row.test_mode,
  }));
  return toPage(items, Number(count.n), query);
}
