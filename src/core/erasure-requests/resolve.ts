import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { JobQueue } from "../queue/job-queue.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { erasePersonAndNotifyInTransaction } from "../prospects/erase-and-notify.ts";
import type { QueuedErasureRequest, ResolveErasureRequest } from "./schemas.ts";

/**
 * The operator decides a pending request. `erase` erases the person everywhere (an objection puts
 * them on the suppression list as such) and settles every other pending request for them too. The
 * client's note is cleared either way: it may itself carry personal data.
 */
export async function resolveErasureRequest(db: Db, jobs: JobQueue, requestId: string, input: ResolveErasureRequest): Promise<QueuedErasureRequest> {
  return db.transaction().execute(async (trx) => {
    const request = await trx.selectFrom("erasure_requests").selectAll().where("id", "=", requestId).forUpdate().executeTakeFirst();
    if (!request) throw new NotFoundError("ErasureRequest", requestId);
    if (request.status !== "pending") throw new ConflictError(`Erasure request ${requestId} is already ${request.status}`, "ERASURE_REQUEST_RESOLVED");
    const status = input.action === "erase" ? "erased" : "rejected";
    if (input.action === "erase") {
      const exists = await trx.selectFrom("prospects").select("id").where("id", "=", request.prospect_id).executeTakeFirst();
      if (exists) await erasePersonAndNotifyInTransaction(trx, jobs, request.prospect_id, request.kind === "objection" ? "objection" : "erased");
    }
    let settled = trx.updateTable("erasure_requests").set({ status, note: null, resolution_note: input.note ?? null, resolved_at: sql<string>`now()` });
    settled = input.action === "erase" ? settled.where("prospect_id", "=", request.prospect_id).where("status", "=", "pending") : settled.where("id", "=", requestId);
    await settled.execute();
    return trx.selectFrom("erasure_requests").selectAll().where("id", "=", requestId).executeTakeFirstOrThrow();
  });
}
