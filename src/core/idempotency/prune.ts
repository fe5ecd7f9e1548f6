import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

export async function pruneIdempotencyRecords(db: Db): Promise<number> {
  const result = await db
    .deleteFrom("idempotency_records")
    .where("created_at", "<", sql<string>`now() - interval '24 hours'`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
