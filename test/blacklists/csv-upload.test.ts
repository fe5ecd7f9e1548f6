import { afterAll, beforeAll, describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import type { TestTenant } from "../support/fixtures.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { createRoomyTenant } from "./roomy-tenant.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createRoomyTenant(t.database.db);
  other = await createRoomyTenant(t.database.db, "Other org");
});
afterAll(() => t.close());

const upload = (blacklistId: string, csv: string | Buffer, key = owner.key, contentType = "text/csv") =>
  call(t.app, "POST", `/api/v1/blacklists/${blacklistId}/entries`, { key, body: csv, headers: { "content-type": contentType } });

async function newBlacklist(): Promise<string> {
  return (await call(t.app, "POST", "/api/v1/blacklists", { key: owner.key, body: { name: "From the CRM" } })).body_json.id;
}

describe("blacklist entries uploaded as CSV", () => {
  it("maps German headers, separated by semicolons, and reports added, duplicate and invalid rows", async () => {
    const id = await newBlacklist();
    const csv = [
      "Kundennummer;Firmenname;Webseite;PLZ;Ort;Land;Umsatz",
      "K-1;Müller Bau GmbH;https://www.mueller-bau.de;80331;München;Deutschland;1000",
      "K-2;Schmidt & Söhne KG;;10115;Berlin;;",
      ";;;;Hamburg;;", // nothing that identifies a company
      "K-1;Müller Bau GmbH;https://www.mueller-bau.de;80331;München;Deutschland;1000", // repeated
    ].join("\r\n");
    const added = await upload(id, csv);
    expect(added.statusCode).toBe(200);
    expect(added.body_json).toMatchObject({ added: 2, duplicates: 1, invalid: 1 });
    expect(added.body_json.invalid_entries[0]).toMatchObject({ index: 2 });
    const entries = (await call(t.app, "GET", `/api/v1/blacklists/${id}/entries`, { key: owner.key })).body_json.items;
    const mueller = entries.find((e: { external_id: string }) => e.external_id === "K-1");
    expect(mueller).toMatchObject({ company_name: "Müller Bau GmbH", website_url: expect.stringContaining("mueller-bau.de"), domain: "mueller-bau.de", city: "München", country: "Deutschland" });
    expect(entries.find((e: { external_id: string }) => e.external_id === "K-2")).toMatchObject({ company_name: "Schmidt & Söhne KG", website_url: null, city: "Berlin" });
  });

  it("reads English headers with commas and quotes, and a Windows-1252 file", async () => {
    const id = await newBlacklist();
    const english = await upload(id, 'Company,Website,City,Country\n"Acme, Inc.",acme.example.com,Boston,US\n');
    expect(english.body_json).toMatchObject({ added: 1, duplicates: 0, invalid: 0 });
    const latin = iconv.encode("Firma,Ort\nBäckerei Groß,Köln\n", "windows-1252");
    const fromExcel = await upload(id, latin);
    expect(fromExcel.body_json).toMatchObject({ added: 1 });
    const names = (await call(t.app, "GET", `/api/v1/blacklists/${id}/entries`, { key: owner.key })).body_json.items.map((e: { company_name: string }) => e.company_name);
    expect(names).toEqual(expect.arrayContaining(["Acme, Inc.", "Bäckerei Groß"]));
  });

  it("answers 422 for a file without a usable column, 404 for another organization's blacklist", async () => {
    const id = await newBlacklist();
    const unusable = await upload(id, "Umsatz;Mitarbeiter\n100;5\n");
    expect(unusable.statusCode).toBe(422);
    expect(unusable.body_json.code).toBe("VALIDATION_ERROR");
    expect((await upload(id, "Firma\n")).statusCode).toBe(422);
    const foreign = await upload(id, "Firma\nAcme\n", other.key);
    expect(foreign.statusCode).toBe(404);
  });
});
