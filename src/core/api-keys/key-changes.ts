import { EventEmitter } from "node:events";
import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/** PostgreSQL channel on which every process learns that cached key facts went stale. */
export const KEY_CHANGES_CHANNEL = "openprospect_key_changes";

/** A key (revoked, aged) or a whole organization (tier, limits) whose cached facts are stale. */
export type KeyChange = { scope: "key"; id: string } | { scope: "organization"; id: string };

const inProcess = new EventEmitter();
inProcess.setMaxListeners(0);

/**
 * Tells this process at once and every other process through NOTIFY (delivered when the caller's
 * transaction commits). API processes drop the cached entry, so a revocation takes effect everywhere
 * within a notification round trip.
 */
export async function announceKeyChange(db: Db, change: KeyChange): Promise<void> {
  await sql`SELECT pg_notify(${KEY_CHANGES_CHANNEL}, ${JSON.stringify(change)})`.execute(db);
  inProcess.emit("change", change);
}

export function onKeyChange(listener: (change: KeyChange) => void): () => void {
  inProcess.on("change", listener);
  return () => inProcess.off("change", listener);
}

/** Parses a NOTIFY payload; anything unexpected is treated as "forget everything". */
export function parseKeyChange(payload: string | undefined): KeyChange | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<KeyChange>;
    if ((value.scope === "key" || value.scope === "organization") && typeof value.id === "string") return { scope: value.scope, id: value.id };
  } catch {
    // fall through
  }
  return null;
}
