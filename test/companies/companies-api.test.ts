import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, addKey, type TestTenant } from "../support/fixtures.ts";
import { createProspectSearch, deliverCompany, extraction, job, person, raiseRateLimit, tech, tenantOf } from "../support/companies-fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let searchId: string;
let acmeId: string;
let bakeryId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createTenant(t.database.db);
  other = await createTenant(t.database.db, { name: "Other" });
  await raiseRateLimit(t.database.db, owner.organizationId);
  const tenant = tenantOf(owner);
  searchId = await createProspectSearch(t.database.db, tenant);
  acmeId = await deliverCompany(t.database.db, tenant, searchId,
    extraction("acme.de", { name: "Acme Software GmbH", city: "Berlin", business_type: "B2B SaaS", country: "DE" }, {
      people: [person("Erika Mustermann", { email: "erika@acme.de", email_method: "mailto", email_status: "valid" })],
      jobs: [job("Backend Engineer"), job("Sales Manager", { department: "Sales", location: "München" })],
      technologies: [tech("wordpress", { categories: ["CMS", "Blogs"] }), tech("hubspot", { categories: ["Marketing automation"] })],
    }), { match_score: 8.5, review_status: "accepted", match_explanation: [{ criterion: "B2B", met: true }] });
  bakeryId = await deliverCompany(t.database.db, tenant, searchId,
    extraction("baeckerei.de", { name: "Bäckerei Sonne", city: "Hamburg", business_type: "Bakery" }),
    { match_score: 4, review_status: "rejected" });
});
afterAll(() => t.close());

const get = (url: string, key = owner.key) => call(t.app, "GET", url, { key });

describe("GET /api/v1/companies", () => {
  it("lists a search's companies with counts, sources and the search context", async () => {
    const response = await get(`/api/v1/companies?prospect_search_id=${searchId}`);
    expect(response.statusCode).toBe(200);
    expect(response.body_json).toMatchObject({ total: 2, limit: 50, offset: 0, has_more: false });
    const acme = response.body_json.items.find((c: any) => c.id === acmeId);
    expect(acme).toMatchObject({
      prospect_search_id: searchId, name: "Acme Software GmbH", domain: "acme.de", website: "https://acme.de/",
      city: "Berlin", country: "DE", address: { city: "Berlin", country: "DE" }, business_type: "B2B SaaS",
      match_score: 8.5, review_status: "accepted", match_explanation: [{ criterion: "B2B", met: true }],
      prospect_count: 1, job_count: 2, technology_count: 2, registration: { court: null, number: null, vat_id: null },
    });
    expect(acme.sources.name).toMatchObject({ url: "https://acme.de/impressum", type: "website", method: "imprint_text", observed_at: expect.any(String) });
  });

  it("filters by min_match_score, review status (single, repeated, comma list) and search text", async () => {
    const ids = async (query: string) => (await get(`/api/v1/companies?prospect_search_id=${searchId}&${query}`)).body_json.items.map((c: any) => c.id);
    expect(await ids("min_match_score=7")).toEqual([acmeId]);
    expect(await ids("review_status=rejected")).toEqual([bakeryId]);
    expect(await ids("review_status_list=rejected&review_status_list=accepted")).toHaveLength(2);
    expect(await ids("review_status_list=pending,rejected")).toEqual([bakeryId]);
    expect(await ids("search=hamburg")).toEqual([bakeryId]);
    expect(await ids("search=saas")).toEqual([acmeId]);
    expect(await ids("search=erika%40acme")).toEqual([acmeId]);
    expect(await ids("search=%25")).toEqual([]);
  });

  it("paginates", async () => {
    const response = await get(`/api/v1/companies?prospect_search_id=${searchId}&limit=1&offset=1`);
    expect(response.body_json).toMatchObject({ total: 2, limit: 1, offset: 1, has_more: false });
    expect(response.body_json.items).toHaveLength(1);
  });

  it("requires prospect_search_id and validates the filters (422)", async () => {
    for (const query of ["", "prospect_search_id=nope", `prospect_search_id=${searchId}&min_match_score=11`, `prospect_search_id=${searchId}&review_status=maybe`, `prospect_search_id=${searchId}&review_status_list=ok`]) {
      const response = await get(`/api/v1/companies?${query}`);
      expect(response.statusCode, query).toBe(422);
      expect(response.body_json.code).toBe("VALIDATION_ERROR");
    }
  });

  it("another organization's search is 404 PROSPECT_SEARCH_NOT_FOUND, and test mode is isolated", async () => {
    const response = await get(`/api/v1/companies?prospect_search_id=${searchId}`, other.key);
    expect(response.statusCode).toBe(404);
    expect(response.body_json).toMatchObject({ code: "PROSPECT_SEARCH_NOT_FOUND", resource_type: "ProspectSearch", identifier: searchId });
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    expect((await get(`/api/v1/companies?prospect_search_id=${searchId}`, testKey.key)).statusCode).toBe(404);
    expect((await get(`/api/v1/companies/${acmeId}`, testKey.key)).statusCode).toBe(404);
  });

  standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
    method: "GET", url: () => `/api/v1/companies?prospect_search_id=${searchId}`, scopes: ["companies:read"],
    crossTenant: { otherKey: () => other.key, expectedCode: "PROSPECT_SEARCH_NOT_FOUND" },
  });
});

describe("GET /api/v1/companies/{id}", () => {
  it("returns the company; unknown and invalid ids are 404 and 422", async () => {
    expect((await get(`/api/v1/companies/${acmeId}`)).body_json).toMatchObject({ id: acmeId, prospect_search_id: searchId, match_score: 8.5 });
    const missing = await get("/api/v1/companies/0190f0a0-0000-7000-8000-000000000000");
    expect(missing.statusCode).toBe(404);
    expect(missing.body_json.code).toBe("COMPANY_NOT_FOUND");
    expect((await get("/api/v1/companies/not-a-uuid")).statusCode).toBe(422);
  });

  standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
    method: "GET", url: () => `/api/v1/companies/${acmeId}`, scopes: ["companies:read"],
    crossTenant: { otherKey: () => other.key, expectedCode: "COMPANY_NOT_FOUND" },
  });
});

describe("jobs and webtech intel", () => {
  it("lists jobs with a status filter and summarizes them", async () => {
    const jobs = await get(`/api/v1/companies/${acmeId}/jobs?status=open`);
    expect(jobs.body_json.total).toBe(2);
    expect(jobs.body_json.items[0]).toMatchObject({ company_id: acmeId, status: "open", source: "json_ld", employment_type: "FULL_TIME" });
    expect((await get(`/api/v1/companies/${acmeId}/jobs?status=closed`)).body_json.total).toBe(0);
    const summary = await get(`/api/v1/companies/${acmeId}/jobs/summary`);
    expect(summary.body_json).toEqual({
      open_count: 2,
      by_department: [{ department: "Engineering", count: 1 }, { department: "Sales", count: 1 }],
      by_location: [{ location: "Berlin", count: 1 }, { location: "München", count: 1 }],
      new_last_30_days: 2,
    });
  });

  it("lists technologies with evidence and counts them by category", async () => {
    const list = await get(`/api/v1/companies/${acmeId}/webtech-intel`);
    expect(list.body_json.total).toBe(2);
    expect(list.body_json.items.find((i: any) => i.slug === "wordpress")).toMatchObject({
      name: "wordpress", categories: ["CMS", "Blogs"], confidence: 100, evidence: [{ type: "meta", value: "generator", url: "https://example.test/" }],
      first_detected_at: expect.any(String), last_detected_at: expect.any(String),
    });
    const summary = await get(`/api/v1/companies/${acmeId}/webtech-intel/summary`);
    expect(summary.body_json).toEqual({ total: 2, by_category: [{ category: "Blogs", count: 1 }, { category: "CMS", count: 1 }, { category: "Marketing automation", count: 1 }] });
  });

  for (const suffix of ["/jobs", "/jobs/summary", "/webtech-intel", "/webtech-intel/summary"]) {
    standardSecurityChecks({ testApp: () => t, owner: () => owner }, {
      method: "GET", url: () => `/api/v1/companies/${acmeId}${suffix}`, scopes: ["companies:read"],
      crossTenant: { otherKey: () => other.key, expectedCode: "COMPANY_NOT_FOUND" },
    });
  }
});
