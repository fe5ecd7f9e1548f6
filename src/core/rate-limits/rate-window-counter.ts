import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

interface FlushedBatch {
  /** Local sequence number of the batch's first hit. */
  from: number;
  count: number;
  /** The shared total (every process) right after this batch was added. */
  shared: number;
}

interface RateWindow {
  bucket: string;
  start: number;
  lengthMs: number;
  /** Local hits counted so far; a hit's sequence number is its index. */
  nextSeq: number;
  /** Local hits already added to the shared counter. */
  flushedSeq: number;
  /** The shared total as of this process's last synchronisation. */
  synced: number;
  recent: FlushedBatch[];
}

export interface RateTicket {
  window: RateWindow;
  seq: number;
}

const RECENT_BATCHES = 32;

/**
 * Fixed-window request counts kept in process and synchronised with `rate_limit_counters` in batches,
 * so the hot path needs no database round trip. A request that must be decided exactly waits for a
 * flush and learns its own position in the shared count (hits of one batch are numbered in order);
 * the others are decided on the estimate "last shared total + own hits since". Overshoot across
 * processes is bounded and documented in docs/adr/0050-auth-hot-path.md.
 */
export class RateWindowCounter {
  private readonly windows = new Map<string, RateWindow>();
  private chain: Promise<void> = Promise.resolve();

  hit(bucket: string, lengthMs: number, now: number): RateTicket {
    const start = Math.floor(now / lengthMs) * lengthMs;
    const id = `${bucket}@${start}`;
    let window = this.windows.get(id);
    if (!window) {
      window = { bucket, start, lengthMs, nextSeq: 0, flushedSeq: 0, synced: 0, recent: [] };
      this.windows.set(id, window);
    }
    return { window, seq: window.nextSeq++ };
  }

  /** True until this process has synchronised the window once (it knows nothing of other processes). */
  isUnsynced(ticket: RateTicket): boolean {
    return ticket.window.recent.length === 0;
  }

  /** The estimate without a round trip: the last shared total plus own hits not yet added to it. */
  estimate(ticket: RateTicket): number {
    return ticket.window.synced + (ticket.seq + 1 - ticket.window.flushedSeq);
  }

  /** This hit's exact position in the shared count, after a flush that includes it. */
  async exactPosition(db: Db, ticket: RateTicket): Promise<number> {
    await this.flush(db, Date.now());
    const batch = ticket.window.recent.find((b) => ticket.seq >= b.from && ticket.seq < b.from + b.count);
    // A batch older than the kept history can only mean many later hits: the estimate is then safe.
    return batch ? batch.shared - batch.count + (ticket.seq - batch.from) + 1 : this.estimate(ticket);
  }

  /** Flushes pending hits in one statement; calls are serialised so no hit is sent twice. */
  flush(db: Db, now: number): Promise<void> {
    this.chain = this.chain.then(() => this.flushOnce(db, now)).catch(() => undefined);
    return this.chain;
  }

  private async flushOnce(db: Db, now: number): Promise<void> {
    for (const [id, window] of this.windows) {
      if (window.start + window.lengthMs < now && window.nextSeq === window.flushedSeq) this.windows.delete(id);
    }
    const due = [...this.windows.values()].filter((window) => window.nextSeq > window.flushedSeq);
    if (!due.length) return;
    const batches = due.map((window) => ({ window, from: window.flushedSeq, count: window.nextSeq - window.flushedSeq }));
    const values = batches.map((b) => sql`(${b.window.bucket}, ${new Date(b.window.start).toISOString()}::timestamptz, ${b.count}::int)`);
    const { rows } = await sql<{ bucket: string; window_start: string | Date; hits: number }>`
      INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES ${sql.join(values)}
      ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + excluded.hits
      RETURNING bucket, window_start, hits`.execute(db);
    const shared = new Map(rows.map((row) => [`${row.bucket}@${new Date(row.window_start).getTime()}`, Number(row.hits)]));
    for (const { window, from, count } of batches) {
      const total = shared.get(`${window.bucket}@${window.start}`);
      if (total === undefined) continue;
      window.flushedSeq = from + count;
      window.synced = total;
      window.recent.push({ from, count, shared: total });
      if (window.recent.length > RECENT_BATCHES) window.recent.shift();
    }
  }
}
