import type { Db } from "../../db/database.ts";
import { toPage, type Page } from "../pagination.ts";
import type { ListSuppressionsQuery, Suppression } from "./schemas.ts";

export async function listSuppressions(db: Db, query: ListSuppressionsQuery): Promise<Page<Suppression>> {
  let base = db.selectFrom("suppressions");
  if (query.kind) base = base.where("kind", "=", query.kind);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, Number(count.n), query);
}
