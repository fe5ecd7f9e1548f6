import type { Db } from "../../db/database.ts";
import { toPage, type Page } from "../pagination.ts";
import type { ListErasureRequestsQuery, QueuedErasureRequest } from "./schemas.ts";

/** The operator's queue, oldest first, so requests are handled in the order they came in. */
export async function listErasureRequests(db: Db, query: ListErasureRequestsQuery): Promise<Page<QueuedErasureRequest>> {
  let base = db.selectFrom("erasure_requests");
  if (query.status) base = base.where("status", "=", query.status);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at").orderBy("id").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, Number(count.n), query);
}
