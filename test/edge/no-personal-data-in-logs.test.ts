import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProspectSearch, tenantOf } from "../support/companies-fixtures.ts";
import type { TestTenant } from "../support/fixtures.ts";
import { startLoggedApp, type LoggedApp } from "../support/logged-app.ts";
import { call, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let logged: FastifyInstance;
let lines: string[];
let app: LoggedApp;

beforeAll(async () => {
  app = await startLoggedApp();
  ({ t, owner, logged, lines } = app);
});
afterAll(() => app.close());

describe("request logs", () => {
  it("never contain search= values (names, e-mail addresses), even at trace level, but keep path and parameter names", async () => {
    const searchId = await createProspectSearch(t.database.db, tenantOf(owner));
    await call(logged, "GET", `/api/v1/prospects?search=${encodeURIComponent("erika.mustermann@example.de")}&limit=5`, { key: owner.key });
    await call(logged, "GET", `/api/v1/companies?prospect_search_id=${searchId}&search=Mustermann%20Holzbau`, { key: owner.key });
    await call(logged, "GET", "/api/v1/prospects?search=a%00Schmidt", { key: owner.key }); // refused input is logged too
    const output = lines.join("\n");
    expect(output).toContain("/api/v1/prospects?search=[redacted]&limit=[redacted]");
    for (const personal of ["erika", "mustermann", "Mustermann", "Schmidt"]) expect(output).not.toContain(personal);
  });
});
