import type PgBoss from "pg-boss";

/** Polls pg-boss until the job has completed or failed; throws when it has not within the time. */
export async function waitForJob(boss: PgBoss, name: string, id: string, timeoutMs = 20_000): Promise<PgBoss.JobWithMetadata<unknown>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const job = await boss.getJobById(name, id);
    if (job && ["completed", "failed"].includes(job.state)) return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${id} did not finish`);
}
