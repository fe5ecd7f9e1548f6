import type { Db } from "../../db/database.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { responseBoxFor, storedIdempotencyKey } from "./sealing.ts";

/** Stores the response sealed with a key only the client's Idempotency-Key can rebuild. */
export async function completeIdempotentRequest(
  db: Db,
  secrets: SecretBox,
  principalId: string,
  key: string,
  response: { status: number; body: string; contentType: string | null },
): Promise<void> {
  const sealed = responseBoxFor(secrets, principalId, key).seal(response.body, "response_body");
  await db
    .updateTable("idempotency_records")
    .set({ state: "completed", response_status: response.status, response_body: sealed, response_content_type: response.contentType })
    .where("principal_id", "=", principalId)
    .where("idempotency_key", "=", storedIdempotencyKey(key))
    .execute();
}

/** A request that failed on our side releases its key so the client can retry with the same one. */
export async function releaseIdempotentRequest(db: Db, principalId: string, key: string): Promise<void> {
  await db
    .deleteFrom("idempotency_records")
    .where("principal_id", "=", principalId)
    .where("idempotency_key", "=", storedIdempotencyKey(key))
    .where("state", "=", "in_flight")
    .execute();
}
