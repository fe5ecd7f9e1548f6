import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { keepImportAlive } from "./abandoned.ts";
import { readerFor } from "./formats/index.ts";
import type { ImportRecord } from "./import-record.ts";
import { writeBatch, type BatchContext } from "./write-batch.ts";

const BATCH_SIZE = 2000;
const KEPT_ERRORS = 100;

interface Progress {
  read: number;
  imported: number;
  updated: number;
  rejected: number;
  errors: { line: number; message: string }[];
}

/**
 * Runs a PENDING import over its body: rows are parsed as they stream in and written in batches, so
 * memory stays flat however large the file; the counts are saved after every batch (progress).
 */
export async function runCompanyImport(db: Db, importId: string, body: AsyncIterable<Buffer | string>, options: { batchSize?: number } = {}): Promise<void> {
  const started = await db
    .updateTable("company_imports")
    .set({ status: "RUNNING", started_at: sql<string>`now()`, updated_at: sql<string>`now()` })
    .where("id", "=", importId)
    .where("status", "=", "PENDING")
    .returningAll()
    .executeTakeFirst();
  if (!started) return;
  const context: BatchContext = { importId, source: started.source, format: started.format, importedAt: new Date().toISOString() };
  const progress: Progress = { read: 0, imported: 0, updated: 0, rejected: 0, errors: [] };
  const stopHeartbeat = keepImportAlive(db, importId);
  try {
    await importRows(db, context, readerFor(started.format, started.content_type)(body, { defaultCountry: started.default_country }), progress, options.batchSize ?? BATCH_SIZE);
    await saveProgress(db, importId, progress, { status: "SUCCEEDED" });
  } catch (error) {
    await saveProgress(db, importId, progress, { status: "FAILED", failure_reason: `Import stopped after ${progress.read} rows: ${(error as Error).message}`.slice(0, 1000) });
  } finally {
    stopHeartbeat();
  }
}

async function importRows(db: Db, context: BatchContext, rows: AsyncIterable<{ line: number; record: ImportRecord } | { line: number; error: string }>, progress: Progress, batchSize: number): Promise<void> {
  let batch: { line: number; record: ImportRecord }[] = [];
  let inBatch = new Set<string>();
  // The batch being written while the next one is parsed: on PostgreSQL the database works in its own
  // process, so parsing and writing overlap. Only one write is in flight (backpressure: the reader
  // waits for it before handing over another batch, so memory holds at most two batches), and
  // batches commit in file order, so a later row sees what an earlier one created.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (!batch.length) return;
    const full = batch;
    batch = [];
    inBatch = new Set();
    await writing;
    writing = (async () => {
      const outcome = await writeBatch(db, context, full);
      progress.imported += outcome.imported;
      progress.updated += outcome.updated;
      for (const rejection of outcome.rejected) reject(progress, rejection.line, rejection.error);
      await saveProgress(db, context.importId, progress, {});
    })();
    // A failed write must not go unobserved while the reader continues; it is rethrown when awaited.
    writing.catch(() => undefined);
  };
  for await (const row of rows) {
    progress.read += 1;
    if ("error" in row) {
      reject(progress, row.line, row.error);
      continue;
    }
    // One statement may not touch a row twice: a source id repeated within a batch starts the next one.
    if (inBatch.has(row.record.sourceId)) await flush();
    batch.push(row);
    inBatch.add(row.record.sourceId);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await writing;
}

function reject(progress: Progress, line: number, message: string): void {
  progress.rejected += 1;
  if (progress.errors.length < KEPT_ERRORS) progress.errors.push({ line, message });
}

async function saveProgress(db: Db, importId: string, progress: Progress, end: { status?: "SUCCEEDED" | "FAILED"; failure_reason?: string }): Promise<void> {
  await db
    .updateTable("company_imports")
    .set({
      rows_read: progress.read,
      rows_imported: progress.imported,
      rows_updated: progress.updated,
      rows_rejected: progress.rejected,
      errors: JSON.stringify(progress.errors),
      updated_at: sql<string>`now()`,
      ...(end.status ? { status: end.status, finished_at: sql<string>`now()`, failure_reason: end.failure_reason ?? null } : {}),
    })
    .where("id", "=", importId)
    .execute();
}
