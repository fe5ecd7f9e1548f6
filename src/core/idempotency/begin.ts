import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { ConflictError, RequestError } from "../errors.ts";
import type { SecretBox } from "../secrets/secret-box.ts";
import { responseBoxFor, storedIdempotencyKey } from "./sealing.ts";

export interface IdempotentRequest {
  principalId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

export type IdempotencyDecision =
  | { kind: "proceed" }
  | { kind: "replay"; status: number; body: string; contentType: string | null };

// Records live 24 h; an in-flight record older than this belongs to a request that died.
const RETENTION = "24 hours";
const STALE_IN_FLIGHT = "5 minutes";

/** Claims the key for this request, or tells the caller to replay / refuse. */
export async function beginIdempotentRequest(db: Db, secrets: SecretBox, request: IdempotentRequest): Promise<IdempotencyDecision> {
  const storedKey = storedIdempotencyKey(request.key);
  await db
    .deleteFrom("idempotency_records")
    .where("principal_id", "=", request.principalId)
    .where("idempotency_key", "=", storedKey)
    .where((eb) =>
      eb.or([
        eb("created_at", "<", sql<string>`now() - ${RETENTION}::interval`),
        eb.and([eb("state", "=", "in_flight"), eb("created_at", "<", sql<string>`now() - ${STALE_IN_FLIGHT}::interval`)]),
      ]),
    )
    .execute();
  const claimed = await db
    .insertInto("idempotency_records")
    .values({
      principal_id: request.principalId,
      idempotency_key: storedKey,
      method: request.method,
      path: request.path,
      request_hash: request.requestHash,
      state: "in_flight",
    })
    .onConflict((oc) => oc.columns(["principal_id", "idempotency_key"]).doNothing())
    .returning("state")
    .executeTakeFirst();
  if (claimed) return { kind: "proceed" };
  return decideForExisting(db, secrets, request);
}

async function decideForExisting(db: Db, secrets: SecretBox, request: IdempotentRequest): Promise<IdempotencyDecision> {
  const existing = await db
    .selectFrom("idempotency_records")
    .selectAll()
    .where("principal_id", "=", request.principalId)
    .where("idempotency_key", "=", storedIdempotencyKey(request.key))
    .executeTakeFirst();
  if (!existing) return beginIdempotentRequest(db, secrets, request); // finished and expired in between
  const sameRequest = existing.request_hash === request.requestHash && existing.method === request.method && existing.path === request.path;
  if (!sameRequest) {
    throw new RequestError(422, "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was already used with a different request", {
      idempotency_key: request.key,
    });
  }
  if (existing.state === "in_flight") {
    throw new ConflictError("A request with this Idempotency-Key is still being processed", "IDEMPOTENCY_KEY_IN_USE", {
      idempotency_key: request.key,
    });
  }
  const body = responseBoxFor(secrets, request.principalId, request.key).open(existing.response_body ?? "", "response_body");
  return { kind: "replay", status: existing.response_status!, body, contentType: existing.response_content_type };
}
