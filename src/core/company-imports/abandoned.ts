import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/** A running import touches its row at least this often, also while a batch or an upload is slow. */
export const HEARTBEAT_MS = 10_000;
/** An import whose row was not touched for this long has no process working on it any more. */
export const ABANDONED_AFTER_SECONDS = 60;

/**
 * Keeps an import's row fresh while this process works on it, so that another process starting up
 * can tell a live import from one whose process died. Returns the function that stops it.
 */
export function keepImportAlive(db: Db, importId: string): () => void {
  const timer = setInterval(() => {
    void db
      .updateTable("company_imports")
      .set({ updated_at: sql<string>`now()` })
      .where("id", "=", importId)
      .where("status", "in", ["PENDING", "RUNNING"])
      .execute()
      .catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Marks imports that a crashed or restarted process left PENDING or RUNNING as FAILED, with a reason
 * that says what to do. They are not resumed: the uploaded body lived in the dead process's temporary
 * file. Rows written before the crash stay (each batch commits whole), and importing the file again
 * finishes the job without duplicates, since imports are idempotent per (source, source_id).
 */
export async function failAbandonedImports(db: Db, abandonedAfterSeconds = ABANDONED_AFTER_SECONDS): Promise<number> {
  const result = await db
    .updateTable("company_imports")
    .set({
      status: "FAILED",
      failure_reason: sql<string>`'The import stopped after ' || rows_read || ' rows: the server stopped while it was running. Rows imported so far are kept; import the same file again to finish (re-imports are idempotent per source and source_id).'`,
      finished_at: sql<string>`now()`,
      updated_at: sql<string>`now()`,
    })
    .where("status", "in", ["PENDING", "RUNNING"])
    .where("updated_at", "<", sql<string>`now() - make_interval(secs => ${abandonedAfterSeconds})`)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
