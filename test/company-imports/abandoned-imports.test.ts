import { sql } from "kysely";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failAbandonedImports } from "../../src/core/company-imports/abandoned.ts";
import { createCompanyImport } from "../../src/core/company-imports/create.ts";
import { getCompanyImport } from "../../src/core/company-imports/get.ts";
import { runCompanyImport } from "../../src/core/company-imports/run.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

// An import as a process that died mid-way leaves it: RUNNING, last touched `secondsAgo` ago.
async function leftRunning(source: string, secondsAgo: number): Promise<string> {
  const created = await createCompanyImport(t.database.db, { format: "generic", source }, "text/csv");
  await t.database.db
    .updateTable("company_imports")
    .set({ status: "RUNNING", rows_read: 4000, started_at: sql<string>`now()`, updated_at: sql<string>`now() - make_interval(secs => ${secondsAgo})` })
    .where("id", "=", created.import_id)
    .execute();
  return created.import_id;
}

describe("company imports interrupted by a crash or restart", () => {
  it("are marked FAILED with a reason on start-up; an import another process is still working on is left alone", async () => {
    const abandoned = await leftRunning("crashed", 600);
    const live = await leftRunning("live", 5);
    expect(await failAbandonedImports(t.database.db)).toBeGreaterThanOrEqual(1);
    const failed = await getCompanyImport(t.database.db, abandoned);
    expect(failed.status).toBe("FAILED");
    expect(failed.failure_reason).toContain("after 4000 rows");
    expect(failed.failure_reason).toContain("import the same file again");
    expect(failed.finished_at).not.toBeNull();
    expect((await getCompanyImport(t.database.db, live)).status).toBe("RUNNING");
  });

  it("a finished import is never touched, however old its row", async () => {
    const created = await createCompanyImport(t.database.db, { format: "generic", source: "finished" }, "text/csv");
    await runCompanyImport(t.database.db, created.import_id, Readable.from(["name,website\nA GmbH,https://a-finished-test.de\n"]));
    await t.database.db.updateTable("company_imports").set({ updated_at: sql<string>`now() - interval '1 hour'` }).where("id", "=", created.import_id).execute();
    await failAbandonedImports(t.database.db);
    expect(await getCompanyImport(t.database.db, created.import_id)).toMatchObject({ status: "SUCCEEDED", rows_imported: 1, failure_reason: null });
  });
});
