import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiKey } from "../../src/core/api-keys/authenticate.ts";
import { claimRow } from "../../src/core/enrichment/row-claim.ts";
import { createOrder } from "../../src/core/orders/create.ts";
import { ENRICH_COMPANY_TASK } from "../../src/core/queue/task-contracts.ts";
import { failAbandonedEnrichJobs } from "../../src/jobs/abandoned-enrich-jobs.ts";
import { createTenant } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A pending row whose enrichment job a (soon dead) worker has taken: the job is active, the row unclaimed. */
async function takenJob(): Promise<{ rowId: string; jobId: string }> {
  const tenant = await createTenant(t.database.db);
  const { principal } = await authenticateApiKey(t.database.db, tenant.key);
  const { order_id } = await createOrder(t.database.db, t.jobs, principal, { order_type: "ENRICHMENT", companies: [{ company_name: "Abandoned GmbH", website_url: "https://abandoned.example.com" }] });
  await t.database.db.updateTable("orders").set({ status: "IN_PROGRESS" }).where("id", "=", order_id).execute();
  const row = await t.database.db.selectFrom("order_companies").select("id").where("order_id", "=", order_id).executeTakeFirstOrThrow();
  const jobId = (await t.jobs.send(ENRICH_COMPANY_TASK, { order_id, order_company_id: row.id }))!;
  const taken = await t.boss.fetch(ENRICH_COMPANY_TASK, { batchSize: 100 });
  expect(taken.map((j) => j.id)).toContain(jobId);
  return { rowId: row.id, jobId };
}

const startedAgo = (jobId: string, seconds: number) =>
  sql`UPDATE pgboss.job SET started_on = now() - make_interval(secs => ${seconds}) WHERE id = ${jobId}`.execute(t.database.db);
const stateOf = async (jobId: string) => (await t.boss.getJobById(ENRICH_COMPANY_TASK, jobId))?.state;

describe("enrichment jobs abandoned before their row was claimed", () => {
  it("are failed, so pg-boss retries them now instead of after their expiry", async () => {
    const { jobId } = await takenJob();
    await startedAgo(jobId, 45);
    expect(await failAbandonedEnrichJobs(t.database.db, t.boss)).toBe(1);
    expect(await stateOf(jobId)).toBe("retry");
    expect(await failAbandonedEnrichJobs(t.database.db, t.boss)).toBe(0);
  });

  it("leave a job alone that just started, or whose row a run has claimed", async () => {
    const fresh = await takenJob();
    await startedAgo(fresh.jobId, 5);
    const claimed = await takenJob();
    await startedAgo(claimed.jobId, 45);
    expect(await claimRow(t.database.db, claimed.rowId, crypto.randomUUID())).toBe(true);
    expect(await failAbandonedEnrichJobs(t.database.db, t.boss)).toBe(0);
    expect(await stateOf(fresh.jobId)).toBe("active");
    expect(await stateOf(claimed.jobId)).toBe("active");
  });
});
