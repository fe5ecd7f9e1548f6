import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiKey } from "../../src/core/api-keys/authenticate.ts";
import { enrichOrderCompany, RowClaimedError } from "../../src/core/enrichment/enrich-order-company.ts";
import type { AnalyzeOutcome, EnrichmentPort } from "../../src/core/enrichment/port.ts";
import { resumeLapsedRows } from "../../src/core/enrichment/resume-lapsed-rows.ts";
import { createOrder } from "../../src/core/orders/create.ts";
import { createTenant } from "../support/fixtures.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** An order in progress with one pending row, as fulfilment leaves it (no workers run here). */
async function pendingRow(): Promise<{ orderId: string; rowId: string }> {
  const tenant = await createTenant(t.database.db);
  const { principal } = await authenticateApiKey(t.database.db, tenant.key);
  const { order_id } = await createOrder(t.database.db, t.jobs, principal, { order_type: "ENRICHMENT", companies: [{ company_name: "Claim GmbH", website_url: "https://claim.example.com" }] });
  await t.database.db.updateTable("orders").set({ status: "IN_PROGRESS" }).where("id", "=", order_id).execute();
  const row = await t.database.db.selectFrom("order_companies").select("id").where("order_id", "=", order_id).executeTakeFirstOrThrow();
  return { orderId: order_id, rowId: row.id };
}

/** An engine whose answers the test releases one by one, to hold a run in the middle of its work. */
function heldEngine(): EnrichmentPort & { release(outcome: AnalyzeOutcome): void; started: Promise<void> } {
  const waiting: ((outcome: AnalyzeOutcome) => void)[] = [];
  let announce: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (announce = resolve));
  return {
    started,
    analyzeWebsite: () => new Promise<AnalyzeOutcome>((resolve) => {
      waiting.push(resolve);
      announce();
    }),
    release: (outcome) => waiting.shift()?.(outcome),
  };
}

const rowOf = (rowId: string) => t.database.db.selectFrom("order_companies").select(["status", "reason", "claimed_by"]).where("id", "=", rowId).executeTakeFirstOrThrow();
const lapseClaim = (rowId: string) => sql`UPDATE order_companies SET claimed_until = now() - interval '1 second' WHERE id = ${rowId}`.execute(t.database.db);

describe("row claims", () => {
  it("a second run of the same row while the first one is alive is refused and retried later", async () => {
    const ids = await pendingRow();
    const engine = heldEngine();
    const first = enrichOrderCompany({ db: t.database.db, jobs: t.jobs, enrichment: engine }, ids);
    await engine.started;
    await expect(enrichOrderCompany({ db: t.database.db, jobs: t.jobs, enrichment: engine }, ids)).rejects.toBeInstanceOf(RowClaimedError);
    engine.release({ kind: "unreachable", reason: "timeout: first run" });
    expect(await first).toEqual({ outcome: "settled", status: "FAILED" });
    expect(await enrichOrderCompany({ db: t.database.db, jobs: t.jobs, enrichment: engine }, ids)).toMatchObject({ outcome: "skipped" });
  });

  it("a lapsed claim is resumed by a fresh job; the stale run can no longer settle the row", async () => {
    const ids = await pendingRow();
    const stale = heldEngine();
    const staleRun = enrichOrderCompany({ db: t.database.db, jobs: t.jobs, enrichment: stale }, ids);
    await stale.started;
    expect(await resumeLapsedRows(t.database.db, t.jobs)).toBe(0);
    await lapseClaim(ids.rowId);
    const jobsBefore = await enrichJobsFor(ids.rowId);
    expect(await resumeLapsedRows(t.database.db, t.jobs)).toBe(1);
    expect(await enrichJobsFor(ids.rowId)).toBe(jobsBefore + 1);
    expect((await rowOf(ids.rowId)).claimed_by).toBeNull();
    expect(await resumeLapsedRows(t.database.db, t.jobs)).toBe(0);

    const fresh = heldEngine();
    const freshRun = enrichOrderCompany({ db: t.database.db, jobs: t.jobs, enrichment: fresh }, ids);
    await fresh.started;
    stale.release({ kind: "unreachable", reason: "timeout: stale run" });
    await staleRun;
    expect(await rowOf(ids.rowId)).toMatchObject({ status: "PENDING" });
    fresh.release({ kind: "unreachable", reason: "timeout: resumed run" });
    await freshRun;
    expect(await rowOf(ids.rowId)).toMatchObject({ status: "FAILED", reason: expect.stringContaining("resumed run") });
  });
});

async function enrichJobsFor(rowId: string): Promise<number> {
  const { rows } = await sql<{ n: string }>`SELECT count(*) AS n FROM pgboss.job WHERE name = 'orders.enrich-company' AND data->>'order_company_id' = ${rowId}`.execute(t.database.db);
  return Number(rows[0].n);
}
