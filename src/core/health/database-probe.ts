import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

export interface DatabaseProbeOptions {
  /** How long /health waits for the database before it answers from the last probe. */
  answerWithinMs?: number;
  /** A database that answered this recently is still taken as up while a new probe is pending. */
  trustAnswerForMs?: number;
  now?: () => number;
}

/**
 * Whether the database answers, within a bounded wait. The embedded database has one connection that
 * the workers share, so a `SELECT 1` may queue behind a job's transaction for seconds on a loaded
 * machine; a busy database is not a broken one. So /health waits at most `answerWithinMs`, and when the
 * probe is still pending it reports the last answer if that is recent. Only one probe runs at a time,
 * so polling a busy process does not pile queries onto its only connection.
 */
export class DatabaseProbe {
  private pending: Promise<boolean> | null = null;
  private lastAnswerAt = -Infinity;
  private readonly answerWithinMs: number;
  private readonly trustAnswerForMs: number;
  private readonly now: () => number;

  /** A probe that asks the database for `SELECT 1`. */
  static of(db: Db, options?: DatabaseProbeOptions): DatabaseProbe {
    return new DatabaseProbe(() => sql`SELECT 1`.execute(db), options);
  }

  constructor(private readonly ping: () => Promise<unknown>, options: DatabaseProbeOptions = {}) {
    this.answerWithinMs = options.answerWithinMs ?? 500;
    this.trustAnswerForMs = options.trustAnswerForMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  async isUp(): Promise<boolean> {
    const probe = (this.pending ??= this.probe());
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<"pending">((resolve) => (timer = setTimeout(() => resolve("pending"), this.answerWithinMs)));
    const result = await Promise.race([probe, waited]);
    clearTimeout(timer);
    if (result !== "pending") return result;
    return this.now() - this.lastAnswerAt <= this.trustAnswerForMs;
  }

  private async probe(): Promise<boolean> {
    try {
      await this.ping();
      this.lastAnswerAt = this.now();
      return true;
    } catch {
      this.lastAnswerAt = -Infinity;
      return false;
    } finally {
      this.pending = null;
    }
  }
}
