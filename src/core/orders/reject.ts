import type { Db } from "../../db/database.ts";
import { recordOrderTransition, type OrderActor } from "./record-transition.ts";

/** Operator review: RECEIVED → REJECTED with the message the client will read. */
export async function rejectOrder(db: Db, request: { orderId: string; message: string; actor: OrderActor }): Promise<void> {
  await db.transaction().execute((trx) =>
    recordOrderTransition(trx, {
      orderId: request.orderId,
      to: "REJECTED",
      actor: request.actor,
      message: request.message,
      patch: { message: request.message },
    }),
  );
}
