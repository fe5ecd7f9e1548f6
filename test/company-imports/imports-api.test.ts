import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSiteExtraction } from "../../src/core/companies/record-site-extraction.ts";
import { extraction } from "../support/companies-fixtures.ts";
import { fixture, importThroughApi } from "../support/company-imports.ts";
import { createTenant, type TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t.database.db);
});
afterAll(() => t.close());

const company = (domain: string) => t.database.db.selectFrom("companies").selectAll().where("domain", "=", domain).where("test_mode", "=", false).executeTakeFirst();
const byName = (name: string) => t.database.db.selectFrom("companies").selectAll().where("name", "=", name).executeTakeFirst();
const countCompanies = async () => Number((await t.database.db.selectFrom("companies").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe("company imports: generic CSV", () => {
  it("imports valid rows, rejects bad ones with their line numbers, and keeps provenance per field", async () => {
    const result = await importThroughApi(t, fixture("generic.csv"), { format: "generic", source: "generic-test" }, "text/csv");
    expect(result).toMatchObject({ status: "SUCCEEDED", rows_read: 7, rows_imported: 4, rows_updated: 0, rows_rejected: 3, failure_reason: null });
    expect(result.errors).toEqual([
      { line: 4, message: "name or website is required" },
      { line: 5, message: "industry code '99.99.9' is not a NACE Rev. 2 code" },
      { line: 6, message: "country 'Atlantis' is not an ISO 3166 country" },
    ]);
    const nordlicht = (await company("nordlicht-software-test.de"))!;
    expect(nordlicht).toMatchObject({ name: "Nordlicht Software GmbH", city: "Hamburg", country: "DE", register_number: "HRB 100001", vat_id: "DE123456789", crawled_at: null });
    expect(nordlicht.nace_codes).toEqual(["62", "62.01", "62.02", "J"]);
    expect((nordlicht.sources as Record<string, { url: string; type: string }>).name).toMatchObject({ url: "dataset:generic-test/g-1", type: "dataset", method: "import:generic" });
    expect((await company("kanzlei-berger-test.de"))!.country).toBe("DE");
    expect((await byName('Quote "Works" Studio'))!.street).toBe("1, rue de la Paix");
    // a row without source_id and website is still identified (by name and place) for the next import
    const records = await t.database.db.selectFrom("company_source_records").selectAll().where("source", "=", "generic-test").orderBy("line").execute();
    expect(records.map((r) => [r.source_id, Number(r.line)])).toEqual([["g-1", 2], ["g-2", 3], ["name:de:dresden:bäckerei korn", 7], ["g-7", 8]]);
    expect(records[0]!.fields).toMatchObject({ name: "Nordlicht Software GmbH", naceCodes: ["62", "62.01", "62.02", "J"] });
  });

  it("is idempotent per (source, source_id): a second run updates, creates nothing", async () => {
    const before = await countCompanies();
    const again = await importThroughApi(t, fixture("generic.csv"), { format: "generic", source: "generic-test" }, "text/csv");
    expect(again).toMatchObject({ status: "SUCCEEDED", rows_imported: 0, rows_updated: 4, rows_rejected: 3 });
    expect(await countCompanies()).toBe(before);
  });

  it("resolves rows to companies already known by domain, without overwriting crawled evidence", async () => {
    await recordSiteExtraction(t.database.db, {
      extraction: extraction("crawled-first-test.de", { name: "Crawled First GmbH", city: "Bremen", country: "DE" }),
      websiteUrl: "https://crawled-first-test.de/",
      testMode: false,
      crawledAt: new Date().toISOString(),
    });
    const before = await countCompanies();
    const csv = "name,website,city,postal_code,country,industry_codes\nOther Name,https://www.crawled-first-test.de/kontakt,Bremerhaven,28195,DE,43.21\n";
    const result = await importThroughApi(t, csv, { format: "generic", source: "overlap" }, "text/csv");
    expect(result).toMatchObject({ rows_imported: 1, rows_rejected: 0 });
    expect(await countCompanies()).toBe(before);
    const known = (await company("crawled-first-test.de"))!;
    expect(known).toMatchObject({ name: "Crawled First GmbH", city: "Bremen", postal_code: "28195" });
    expect(known.nace_codes).toEqual(["43", "43.21", "F"]);
    expect((known.sources as Record<string, { type: string }>).postal_code.type).toBe("dataset");
  });
});

describe("company imports: other formats", () => {
  it("generic NDJSON", async () => {
    const result = await importThroughApi(t, fixture("generic.ndjson"), { format: "generic", source: "ndjson-test" }, "application/x-ndjson");
    expect(result).toMatchObject({ status: "SUCCEEDED", rows_read: 5, rows_imported: 2, rows_rejected: 3 });
    expect(result.errors).toEqual([
      { line: 3, message: "not a JSON object" },
      { line: 4, message: "not a JSON object" },
      { line: 5, message: "website 'not a web address' is not a web address" },
    ]);
    expect((await company("fjord-physio-test.no"))!.nace_codes).toEqual(["86", "86.90", "Q"]);
    expect((await company("zahnarzt-weiss-test.de"))!.nace_codes).toEqual(["86", "86.23", "Q"]);
  });

  it("Companies House BasicCompanyData: SIC 2007 mapped to NACE, inactive companies rejected", async () => {
    const result = await importThroughApi(t, fixture("companies_house.csv"), { format: "companies_house", source: "ch-test" }, "text/csv");
    expect(result).toMatchObject({ status: "SUCCEEDED", rows_read: 4, rows_imported: 3, rows_rejected: 1 });
    expect(result.errors).toEqual([{ line: 5, message: "company status 'Liquidation': only active companies are imported" }]);
    const thames = (await byName("THAMES LEDGER ACCOUNTANTS LTD"))!;
    expect(thames).toMatchObject({ register_court: "Companies House", register_number: "09000001", city: "LONDON", postal_code: "SE1 9AA", country: "GB", street: "12 River Walk, Southwark", domain: null });
    expect(thames.nace_codes).toEqual(["69", "69.20", "M"]);
    expect((await byName("CARDIFF CODE WORKS LIMITED"))!.nace_codes).toEqual(["62", "62.01", "J"]);
    expect((await byName("DORMANT HOLDINGS LTD"))!).toMatchObject({ nace_codes: [], country: "GB" });
  });

  it("GLEIF golden copy: head office address, registration authority and number, only active non-fund entities", async () => {
    const result = await importThroughApi(t, fixture("gleif.csv"), { format: "gleif", source: "gleif-test" }, "text/csv");
    expect(result).toMatchObject({ status: "SUCCEEDED", rows_read: 3, rows_imported: 1, rows_rejected: 2 });
    expect(result.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    expect(await byName("Alpenblick Maschinenbau GmbH")).toMatchObject({ legal_name: "Alpenblick Maschinenbau GmbH", city: "Kolbermoor", region: "BY", country: "DE", postal_code: "83059", register_court: "RA000242", register_number: "HRB 4711" });
  });

  it("OpenStreetMap Overpass JSON: business tags mapped to NACE, non-businesses rejected, default country applied", async () => {
    const result = await importThroughApi(t, fixture("osm.json"), { format: "osm", source: "osm-test", country: "de" }, "application/json");
    expect(result).toMatchObject({ status: "SUCCEEDED", rows_read: 5, rows_imported: 3, rows_rejected: 2 });
    expect(result.errors.map((e: { line: number }) => e.line)).toEqual([3, 4]);
    expect(await company("elektro-blitz-test.de")).toMatchObject({ name: "Elektro Blitz", street: "Sonnenstraße 12", city: "München", country: "DE", nace_codes: ["43", "43.21", "F"] });
    expect((await company("physio-am-park-test.de"))!.nace_codes).toEqual(["86", "86.22", "86.90", "Q"]);
    const records = await t.database.db.selectFrom("company_source_records").select("source_id").where("source", "=", "osm-test").orderBy("source_id").execute();
    expect(records.map((r) => r.source_id)).toEqual(["node/1001", "node/1005", "way/2002"]);
  });
});

describe("company imports: the API", () => {
  it("lists imports newest first and 404s an unknown one", async () => {
    const list = await call(t.app, "GET", "/api/admin/v1/company-imports?limit=2", { key: t.adminKey });
    expect(list.statusCode).toBe(200);
    expect(list.body_json.items).toHaveLength(2);
    expect(list.body_json.total).toBeGreaterThanOrEqual(6);
    expect(list.body_json.items[0].source).toBe("osm-test");
    const missing = await call(t.app, "GET", "/api/admin/v1/company-imports/0190a0a0-0000-7000-8000-000000000000", { key: t.adminKey });
    expect(missing.statusCode).toBe(404);
  });

  it("is for operators only, and refuses a body type its format is not read from", async () => {
    const send = (key: string | null, contentType: string, query = "format=generic&source=x") =>
      t.app.inject({ method: "POST", url: `/api/admin/v1/company-imports?${query}`, headers: { "content-type": contentType, ...(key ? { authorization: `Bearer ${key}` } : {}) }, payload: "name\nA\n" });
    expect((await send(null, "text/csv")).statusCode).toBe(401);
    expect((await send(tenant.key, "text/csv")).statusCode).toBe(401);
    expect((await call(t.app, "GET", "/api/admin/v1/company-imports", { key: tenant.key })).statusCode).toBe(401);
    expect((await send(t.adminKey, "application/json")).statusCode).toBe(422);
    expect((await send(t.adminKey, "text/plain")).statusCode).toBe(415);
    expect((await send(t.adminKey, "text/csv", "format=nope&source=x")).statusCode).toBe(422);
    expect((await send(t.adminKey, "text/csv", "format=generic&source=has%20space")).statusCode).toBe(422);
  });
});
