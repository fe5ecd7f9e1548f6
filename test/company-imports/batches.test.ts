import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCompanyImport } from "../../src/core/company-imports/create.ts";
import { getCompanyImport } from "../../src/core/company-imports/get.ts";
import { runCompanyImport } from "../../src/core/company-imports/run.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

// Batches of two rows: every resolution rule meets a company that an earlier batch created.
const CSV = [
  "source_id,name,website,street,postal_code,city,country,register_court,register_number,vat_id,industry_codes,description",
  "s-1,Alpha Batch GmbH,https://alpha-batch-test.de,Alte Straße 1,10115,Berlin,DE,,HRB 1,,62.01,",
  "s-2,Beta Batch GmbH,https://beta-batch-test.de,,20095,Hamburg,DE,,HRB 2,,,",
  "s-3,,,,,,,,,,,",
  "s-4,Gamma Batch KG,,,,Köln,DE,,HRB 2,DE 111 222 333,,",
  "s-5,Delta Batch Bau,,,,Leipzig,DE,,,,43.21,",
  "s-6,delta batch bau,,Ringweg 5,,leipzig,DE,,,,,",
  "s-1,Alpha Batch GmbH,https://alpha-batch-test.de,Neue Straße 2,10115,Berlin,DE,,HRB 1,,62.01,",
  "s-7,Omega Batch,https://omega-batch-test.de,,,,Atlantis,,,,,",
  "s-8,Epsilon Batch,https://epsilon-batch-test.de,,,Dresden,DE,,,,,",
].join("\n");

async function rowsWritten(importId: string): Promise<number> {
  const current = await getCompanyImport(t.database.db, importId);
  return current.rows_imported + current.rows_updated;
}

// The body as a network delivers it: small chunks that split lines and multi-byte characters, and a
// pause after the first part until the import has saved progress for the rows it already wrote.
async function* streamed(text: string, importId: string): AsyncIterable<Buffer> {
  const bytes = Buffer.from(text, "utf8");
  const pauseAt = bytes.indexOf("s-6,");
  for (let at = 0; at < bytes.length; at += 7) {
    if (at <= pauseAt && at + 7 > pauseAt) {
      for (let waited = 0; waited < 300 && (await rowsWritten(importId)) < 2; waited++) await new Promise((r) => setTimeout(r, 50));
      expect(await rowsWritten(importId)).toBeGreaterThanOrEqual(2);
    }
    yield bytes.subarray(at, at + 7);
  }
}

const byDomain = (domain: string) => t.database.db.selectFrom("companies").selectAll().where("domain", "=", domain).where("test_mode", "=", false).executeTakeFirstOrThrow();
const byName = (name: string) => t.database.db.selectFrom("companies").selectAll().where("name", "=", name).executeTakeFirstOrThrow();
const countBatchCompanies = async () => (await t.database.db.selectFrom("companies").select("id").where("name", "ilike", "%batch%").execute()).length;

async function runImport(): Promise<Awaited<ReturnType<typeof getCompanyImport>>> {
  const created = await createCompanyImport(t.database.db, { format: "generic", source: "batches" }, "text/csv");
  await runCompanyImport(t.database.db, created.import_id, streamed(CSV, created.import_id), { batchSize: 2 });
  return getCompanyImport(t.database.db, created.import_id);
}

describe("company imports across many batches of a streamed body", () => {
  it("counts, rejects with line numbers, and resolves rows to companies that earlier batches created", async () => {
    const result = await runImport();
    expect(result).toMatchObject({ status: "SUCCEEDED", rows_read: 9, rows_imported: 6, rows_updated: 1, rows_rejected: 2 });
    expect(result.errors).toEqual([
      { line: 4, message: "name or website is required" },
      { line: 9, message: "country 'Atlantis' is not an ISO 3166 country" },
    ]);
    expect(await countBatchCompanies()).toBe(4);
    // by register number (same country): fills what the company lacked, keeps what it had
    const beta = await byDomain("beta-batch-test.de");
    expect(beta).toMatchObject({ name: "Beta Batch GmbH", city: "Hamburg", vat_id: "DE111222333" });
    expect((beta.sources as Record<string, { url: string }>).vat_id!.url).toBe("dataset:batches/s-4");
    // by name and place, whatever the case
    const delta = await byName("Delta Batch Bau");
    expect(delta).toMatchObject({ city: "Leipzig", street: "Ringweg 5" });
    expect(delta.nace_codes).toEqual(["43", "43.21", "F"]);
    // the same dataset row again, later in the file: its own earlier value is replaced
    const alpha = await byDomain("alpha-batch-test.de");
    expect(alpha.street).toBe("Neue Straße 2");
    const records = await t.database.db.selectFrom("company_source_records").select(["source_id", "company_id", "line"]).where("source", "=", "batches").orderBy("source_id").execute();
    expect(records.map((r) => [r.source_id, Number(r.line)])).toEqual([["s-1", 8], ["s-2", 3], ["s-4", 5], ["s-5", 6], ["s-6", 7], ["s-8", 10]]);
    expect(records.find((r) => r.source_id === "s-4")!.company_id).toBe(beta.id);
    expect(records.find((r) => r.source_id === "s-6")!.company_id).toBe(delta.id);
  });

  it("running the same file again creates nothing and counts every row as updated", async () => {
    const again = await runImport();
    expect(again).toMatchObject({ status: "SUCCEEDED", rows_read: 9, rows_imported: 0, rows_updated: 7, rows_rejected: 2 });
    expect(await countBatchCompanies()).toBe(4);
  });
});
