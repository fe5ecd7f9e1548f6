import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { RegisteredTask } from "../../src/jobs/task.ts";
import { ensureQueues, startWorkers } from "../../src/jobs/worker.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";
import { waitForJob } from "../support/wait-for-job.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const BATCH_TASK = "test.batch-settling";

/** A batched task whose job n = 2 throws: the batch must not settle as one. */
const batchTask = {
  name: BATCH_TASK,
  queue: { policy: "standard", retryLimit: 0 },
  batchSize: 4,
  payload: z.object({ n: z.number() }),
  async run(payload: { n: number }) {
    if (payload.n === 2) throw new Error("job two breaks");
    return { doubled: payload.n * 2 };
  },
} as unknown as RegisteredTask;

describe("tasks fetched in batches", () => {
  it("settles every job of a batch on its own: one failure fails that job only", async () => {
    await ensureQueues(t.boss, [batchTask]);
    // Queued before the worker starts, so one fetch takes all four.
    const ids = await Promise.all([1, 2, 3, 4].map(async (n) => (await t.boss.send(BATCH_TASK, { n }))!));
    await startWorkers(t.boss, [batchTask], { db: t.database.db, jobs: t.jobs }, { concurrency: 1, pollingIntervalSeconds: 0.5 });

    const jobs = await Promise.all(ids.map((id) => waitForJob(t.boss, BATCH_TASK, id)));
    expect(jobs.map((job) => job.state)).toEqual(["completed", "failed", "completed", "completed"]);
    expect((jobs[1].output as { message: string }).message).toBe("job two breaks");
    // One fetch statement started all four (one transaction timestamp), not one job per poll.
    expect(new Set(jobs.map((job) => new Date(job.startedOn).getTime())).size).toBe(1);
  });
});
