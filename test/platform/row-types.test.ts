import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedValues, generateRowTypes } from "../../src/db/generate-row-types.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";

describe("src/db/generated-tables.ts", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("is current (run `npm run db:types` after adding a migration)", async () => {
    const committed = readFileSync(new URL("../../src/db/generated-tables.ts", import.meta.url), "utf8");
    expect(await generateRowTypes(database.pool)).toBe(committed);
  });
});

describe("allowedValues", () => {
  it("reads the values of an IN list, with or without IS NULL", () => {
    expect(allowedValues("status", "CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))")).toEqual(["open", "closed"]);
    expect(allowedValues("tier", "CHECK (((tier IS NULL) OR (tier = ANY (ARRAY['free'::text, 'pro'::text]))))")).toEqual(["free", "pro"]);
    expect(allowedValues("type", "CHECK ((type = 'webhook'::text))")).toEqual(["webhook"]);
    expect(allowedValues("note", "CHECK ((note = ANY (ARRAY['it''s'::text])))")).toEqual(["it's"]);
  });

  it("refuses any other check, so a column is never narrowed wrongly", () => {
    expect(allowedValues("status", "CHECK ((status <> ALL (ARRAY['x'::text])))")).toBeNull();
    expect(allowedValues("status", "CHECK ((length(status) < 20))")).toBeNull();
    expect(allowedValues("status", "CHECK (((other = 'a'::text) OR (status = 'b'::text)))")).toBeNull();
    expect(allowedValues("status", "CHECK (((status = 'a'::text) OR (status ~ 'b'::text)))")).toBeNull();
  });
});
