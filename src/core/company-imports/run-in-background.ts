import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { keepImportAlive } from "./abandoned.ts";
import { runCompanyImport } from "./run.ts";

/**
 * Imports accepted over HTTP: the body is spooled to a temporary file (the upload ends quickly and
 * memory stays flat), then imported in this process after the 202. `drain` lets shutdown wait.
 */
export class BackgroundImports {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly db: Db) {}

  async accept(importId: string, body: Readable): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), "openprospect-import-"));
    const file = join(dir, "body");
    // From the upload to the end of the run: a slow upload is not mistaken for an abandoned import.
    const stopHeartbeat = keepImportAlive(this.db, importId);
    try {
      await pipeline(body, createWriteStream(file));
    } catch (error) {
      stopHeartbeat();
      await rm(dir, { recursive: true, force: true });
      await markFailed(this.db, importId, `The upload did not complete: ${(error as Error).message}`);
      throw error;
    }
    const run = runCompanyImport(this.db, importId, createReadStream(file))
      .catch((error: Error) => markFailed(this.db, importId, error.message))
      .finally(() => {
        stopHeartbeat();
        return rm(dir, { recursive: true, force: true });
      });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  async drain(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }
}

async function markFailed(db: Db, importId: string, reason: string): Promise<void> {
  await db
    .updateTable("company_imports")
    .set({ status: "FAILED", failure_reason: reason.slice(0, 1000), finished_at: sql<string>`now()`, updated_at: sql<string>`now()` })
    .where("id", "=", importId)
    .where("status", "in", ["PENDING", "RUNNING"])
    .execute()
    .catch(() => undefined);
}
