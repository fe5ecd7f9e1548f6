import type { Db } from "../../db/database.ts";
import { NotFoundError } from "../errors.ts";

/** Lifts a suppression (e.g. entered by mistake); the value may be collected again from then on. */
export async function removeSuppression(db: Db, suppressionId: string): Promise<void> {
  const deleted = await db.deleteFrom("suppressions").where("id", "=", suppressionId).returning("id").executeTakeFirst();
  if (!deleted) throw new NotFoundError("Suppression", suppressionId);
}
