import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addKey, createTenant, type TestTenant } from "../support/fixtures.ts";
import { createProspectSearch, deliverCompany, extraction, person, raiseRateLimit, tenantOf } from "../support/companies-fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let searchA: string;
let searchB: string;
let companyA: string;
let companyB: string;
let erikaId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
  other = await createTenant(t.database.db, { name: "Other" });
  await raiseRateLimit(t.database.db, owner.organizationId);
  const tenant = tenantOf(owner);
  searchA = await createProspectSearch(t.database.db, tenant, "A");
  searchB = await createProspectSearch(t.database.db, tenant, "B");
  companyA = await deliverCompany(t.database.db, tenant, searchA, extraction("people-a.de", { name: "People A" }, {
    people: [
      person("Erika Mustermann", { email: "erika@people-a.de", email_method: "mailto", email_status: "valid", linkedin_url: "https://linkedin.com/in/erika" }),
      person("Max Weber", { role: "Vertrieb", role_class: "employee", department: "Sales" }),
    ],
  }));
  companyB = await deliverCompany(t.database.db, tenant, searchB, extraction("people-b.de", { name: "People B" }, { people: [person("Lena Graf")] }));
  // A company the owner never got: its people must stay invisible.
  await deliverCompany(t.database.db, tenantOf(other), await createProspectSearch(t.database.db, tenantOf(other)),
    extraction("hidden.de", { name: "Hidden" }, { people: [person("Hidden Person")] }));
  const list = await call(t.app, "GET", `/api/v1/prospects?company_id=${companyA}&search=erika`, { key: owner.key });
  erikaId = list.body_json.items[0].id;
});
afterAll(() => t.close());

const names = async (query: string) =>
  (await call(t.app, "GET", `/api/v1/prospects?${query}`, { key: owner.key })).body_json.items.map((p: any) => p.full_name).sort();

describe("GET /api/v1/prospects", () => {
  it("lists only people at the tenant's companies, with filters", async () => {
    expect(await names("")).toEqual(["Erika Mustermann", "Lena Graf", "Max Weber"]);
    expect(await names(`company_id=${companyB}`)).toEqual(["Lena Graf"]);
    expect(await names(`prospect_search_id=${searchA}`)).toEqual(["Erika Mustermann", "Max Weber"]);
    expect(await names("role_class=employee")).toEqual(["Max Weber"]);
    expect(await names("search=people-a.de")).toEqual(["Erika Mustermann"]);
  });

  it("a filter on another organization's search or company is 404; bad filters 422", async () => {
    const foreign = await call(t.app, "GET", `/api/v1/prospects?prospect_search_id=${searchA}`, { key: other.key });
    expect(foreign.body_json.code).toBe("PROSPECT_SEARCH_NOT_FOUND");
    const foreignCompany = await call(t.app, "GET", `/api/v1/prospects?company_id=${companyA}`, { key: other.key });
    expect(foreignCompany.body_json.code).toBe("COMPANY_NOT_FOUND");
    expect((await call(t.app, "GET", "/api/v1/prospects?role_class=boss", { key: owner.key })).statusCode).toBe(422);
  });

  standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
    method: "GET", url: () => `/api/v1/prospects?company_id=${companyA}`, scopes: ["prospects:read"],
    crossTenant: { otherKey: () => other.key, expectedCode: "COMPANY_NOT_FOUND" },
  });
});

describe("GET /api/v1/prospects/{id}", () => {
  it("returns the prospect with its sources; test mode cannot see it", async () => {
    const response = await call(t.app, "GET", `/api/v1/prospects/${erikaId}`, { key: owner.key });
    expect(response.body_json).toMatchObject({
      id: erikaId, company_id: companyA, full_name: "Erika Mustermann", first_name: "Erika", last_name: "Mustermann",
      title: "Geschäftsführer", role_class: "managing_director", email: "erika@people-a.de", email_status: "valid",
      linkedin_url: "https://linkedin.com/in/erika",
      sources: { full_name: { url: "https://example.test/impressum", method: "imprint_text" }, email: { method: "mailto" } },
    });
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    expect((await call(t.app, "GET", `/api/v1/prospects/${erikaId}`, { key: testKey.key })).statusCode).toBe(404);
  });

  standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
    method: "GET", url: () => `/api/v1/prospects/${erikaId}`, scopes: ["prospects:read"],
    crossTenant: { otherKey: () => other.key, expectedCode: "PROSPECT_NOT_FOUND" },
  });
});
