import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/**
 * Deletes stored idempotent responses that mention any of the values (ids, domains, e-mails). A client
 * retrying such a request runs it again instead of being replayed erased data; records live 24 h.
 */
export async function forgetIdempotencyRecords(db: Db, needles: string[]): Promise<void> {
  const values = needles.filter((needle) => needle.length >= 3);
  if (!values.length) return;
  await db
    .deleteFrom("idempotency_records")
    .where((eb) => eb.or(values.map((value) => eb(sql<number>`strpos(response_body, ${value})`, ">", 0))))
    .execute();
}
