// eslint-style note: Kysely<any> because both Kysely<Database> and its Transaction must fit.
import { CompiledQuery, type Kysely } from "kysely";
import type PgBoss from "pg-boss";

export interface EnqueueOptions {
  singletonKey?: string;
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelay?: number;
  retryBackoff?: boolean;
  priority?: number;
}

/**
 * What core sees of the job system. Passing the business transaction makes the job exist exactly
 * when the change that caused it commits.
 */
export interface JobQueue {
  send(name: string, data: object, options?: EnqueueOptions, transaction?: Kysely<any>): Promise<string | null>;
  /** Many jobs of one task in one statement (fan-out of large orders). */
  sendMany(name: string, items: { data: object; singletonKey?: string }[], transaction?: Kysely<any>): Promise<void>;
}

export function createJobQueue(boss: PgBoss): JobQueue {
  return {
    async send(name, data, options = {}, transaction) {
      const db = transaction ? executorFor(transaction) : undefined;
      return boss.send(name, data, { ...options, ...(db ? { db } : {}) });
    },
    async sendMany(name, items, transaction) {
      if (!items.length) return;
      const jobs = items.map((item) => ({ name, data: item.data, singletonKey: item.singletonKey }));
      await boss.insert(jobs, transaction ? { db: executorFor(transaction) } : {});
    },
  };
}

function executorFor(transaction: Kysely<any>): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await transaction.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}
