import type { Db } from "../../db/database.ts";

export async function completeIdempotentRequest(
  db: Db,
  principalId: string,
  key: string,
  response: { status: number; body: string; contentType: string | null },
): Promise<void> {
  await db
    .updateTable("idempotency_records")
    .set({ state: "completed", response_status: response.status, response_body: response.body, response_content_type: response.contentType })
    .where("principal_id", "=", principalId)
    .where("idempotency_key", "=", key)
    .execute();
}

/** A request that failed on our side releases its key so the client can retry with the same one. */
export async function releaseIdempotentRequest(db: Db, principalId: string, key: string): Promise<void> {
  await db
    .deleteFrom("idempotency_records")
    .where("principal_id", "=", principalId)
    .where("idempotency_key", "=", key)
    .where("state", "=", "in_flight")
    .execute();
}
