import { CompiledQuery } from "kysely";
import type { Db } from "../db/database.ts";
import type PgBoss from "pg-boss";
import type { JobQueue } from "../core/queue/job-queue.ts";

/** The pg-boss implementation of core's queue port. */
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

function executorFor(transaction: Db): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await transaction.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}
