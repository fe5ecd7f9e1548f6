import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { waitForJob as waitForBossJob } from "../support/wait-for-job.ts";

const waitForJob = (name: string, id: string) => waitForBossJob(t.boss, name, id);

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ workers: true });
});
afterAll(() => t.close());

describe("job queue wiring", () => {
  it("runs the maintenance task end to end on the test database", async () => {
    const db = t.database.db;
    await db
      .insertInto("idempotency_records")
      .values({
        principal_id: "00000000-0000-4000-8000-000000000001",
        idempotency_key: "old",
        method: "POST",
        path: "/x",
        request_hash: "h",
        state: "completed",
        created_at: sql<string>`now() - interval '25 hours'`,
      })
      .execute();
    await db
      .insertInto("rate_limit_counters")
      .values({ bucket: "key:x:hour", window_start: sql<string>`now() - interval '3 hours'`, hits: 5 })
      .execute();
    const id = await t.jobs.send("maintenance.prune", {});
    expect(id).toBeTruthy();
    const job = await waitForJob("maintenance.prune", id!);
    expect(job.state).toBe("completed");
    expect(job.output).toEqual({ idempotencyRecords: 1, rateLimitCounters: 1 });
  });

  it("enqueues inside a business transaction: a rolled-back transaction leaves no job", async () => {
    const before = await t.boss.getQueueSize("maintenance.prune");
    await t.database.db
      .transaction()
      .execute(async (trx) => {
        await t.jobs.send("maintenance.prune", {}, { singletonKey: "rollback-test" }, trx);
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await t.boss.getQueueSize("maintenance.prune")).toBe(before);
  });

  it("a sender's payload is typed by the task contract", () => {
    // @ts-expect-error — orders.fulfil needs an order_id; tsc (npm run check) fails if this ever type-checks
    const send = () => t.jobs.send("orders.fulfil", {});
    expect(typeof send).toBe("function");
  });

  it("a malformed payload fails the job instead of running it", async () => {
    // The contract refuses this at compile time; a sender built from an older version could still send it.
    const stale = { unexpected: true } as unknown as Record<string, never>;
    const id = await t.jobs.send("maintenance.prune", stale, { retryLimit: 0 });
    const job = await waitForJob("maintenance.prune", id!);
    expect(job.state).toBe("failed");
  });
});
