import type { Db } from "../../db/database.ts";
import type { SuppressionReason } from "../../db/types.ts";
import { newId } from "../ids.ts";
import type { SuppressionKey } from "./keys.ts";

/** Puts keys on the suppression list; a key already listed keeps its first entry. Returns the entries. */
export async function addSuppressions(db: Db, keys: SuppressionKey[], reason: SuppressionReason) {
  if (!keys.length) return [];
  await db
    .insertInto("suppressions")
    .values(keys.map((key) => ({ id: newId(), kind: key.kind, value_hash: key.hash, reason })))
    .onConflict((oc) => oc.columns(["kind", "value_hash"]).doNothing())
    .execute();
  const rows = await db.selectFrom("suppressions").selectAll().where("value_hash", "in", keys.map((key) => key.hash)).execute();
  return rows.filter((row) => keys.some((key) => key.kind === row.kind && key.hash === row.value_hash));
}
