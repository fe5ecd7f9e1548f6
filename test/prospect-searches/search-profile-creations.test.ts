import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addKey, type TestTenant } from "../support/fixtures.ts";
import { standardSecurityChecks } from "../support/security.ts";
import { call, startTestApp, type TestApp } from "../support/test-app.ts";
import { createRoomyTenant } from "../blacklists/roomy-tenant.ts";

// The example request of docs-notes §8.1.
const DOCS_EXAMPLE = {
  profile_name: "DACH SaaS buyers",
  ideal_customer_profile: "B2B SaaS companies in DACH with 50-500 employees",
  seller_offering: "Lead generation and enrichment software",
  seller_industry: "Software",
  target_countries: ["DE", "AT", "CH"],
  target_cities: ["Berlin", "Munich", "Vienna"],
  target_industries: ["Software"],
  excluded_industries: ["Consulting"],
  contact_roles: ["Head of Sales", "RevOps Lead"],
  output_language: "en",
};

let t: TestApp;
let owner: TestTenant;
let other: TestTenant;
let creationId: string;

beforeAll(async () => {
  t = await startTestApp({ workers: true });
  owner = await createRoomyTenant(t.database.db);
  other = await createRoomyTenant(t.database.db, "Other org");
  const created = await create(DOCS_EXAMPLE, "profile-create-dach-saas-001");
  creationId = created.body_json.profile_creation_id;
});
afterAll(() => t.close());

function create(body: object, idempotencyKey?: string, key = owner.key) {
  const headers: Record<string, string> = idempotencyKey ? { "idempotency-key": idempotencyKey } : {};
  return call(t.app, "POST", "/api/v1/search-profile-creations", { key, body, headers });
}

async function pollUntilSettled(id: string): Promise<any> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const response = await call(t.app, "GET", `/api/v1/search-profile-creations/${id}`, { key: owner.key });
    if (["SUCCEEDED", "FAILED"].includes(response.body_json.status)) return response.body_json;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("search profile creation did not settle");
}

describe("POST /api/v1/search-profile-creations (docs §8.1 end to end)", () => {
  it("accepts with 202 PENDING, builds the profile, and the prospect search carries the derived parts", async () => {
    const settled = await pollUntilSettled(creationId);
    expect(settled).toMatchObject({ profile_creation_id: creationId, status: "SUCCEEDED", profile_id: expect.any(String), error: null });
    const search = (await call(t.app, "GET", `/api/v1/prospect-searches/${settled.profile_id}`, { key: owner.key })).body_json;
    expect(search).toMatchObject({ name: "DACH SaaS buyers", target_countries: ["DE", "AT", "CH"], version: 1, language_config: { output_language: "en", search_languages: ["de", "fr", "it"] } });
    expect(search.geo_locations).toEqual([
      { country: "DE", city: "Berlin" },
      { country: "DE", city: "Munich" },
      { country: "AT", city: "Vienna" },
      { country: "CH" },
    ]);
    expect(search.search_keywords).toEqual(expect.arrayContaining(["b2b", "saas", "software"]));
    expect(search.qualification_criteria).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "size", min: 50, max: 500 }),
        expect.objectContaining({ type: "industry", values: ["Software"] }),
        expect.objectContaining({ type: "exclusion", values: ["Consulting"] }),
      ]),
    );
  });

  it("replays the same key and body; refuses a missing key and a reused key with another body", async () => {
    const replay = await create(DOCS_EXAMPLE, "profile-create-dach-saas-001");
    expect(replay.statusCode).toBe(202);
    expect(replay.headers["idempotency-replayed"]).toBe("true");
    expect(replay.body_json.profile_creation_id).toBe(creationId);
    expect((await create(DOCS_EXAMPLE)).statusCode).toBe(422);
    const reused = await create({ ...DOCS_EXAMPLE, profile_name: "Other" }, "profile-create-dach-saas-001");
    expect(reused.body_json.code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("validates the body: required fields, ISO codes, unknown fields", async () => {
    const cases: [object, string][] = [
      [{ ideal_customer_profile: "x" }, "profile_name"],
      [{ profile_name: "x" }, "ideal_customer_profile"],
      [{ ...DOCS_EXAMPLE, target_countries: ["de"] }, "target_countries[0]"],
      [{ ...DOCS_EXAMPLE, target_countries: ["XX"] }, "target_countries[0]"],
      [{ ...DOCS_EXAMPLE, output_language: "english" }, "output_language"],
      [{ ...DOCS_EXAMPLE, profile_name: "x".repeat(201) }, "profile_name"],
    ];
    for (const [index, [body, field]] of cases.entries()) {
      const response = await create(body, `validation-${index}`);
      expect(response.statusCode).toBe(422);
      expect(response.body_json.details.errors[0].field).toBe(field);
    }
  });

  it("test-mode creations are invisible to live keys", async () => {
    const testKey = await addKey(t.database.db, owner.organizationId, { test: true });
    const created = await create(DOCS_EXAMPLE, "test-mode-1", testKey.key);
    expect(created.statusCode).toBe(202);
    const id = created.body_json.profile_creation_id;
    expect((await call(t.app, "GET", `/api/v1/search-profile-creations/${id}`, { key: owner.key })).body_json.code).toBe("SEARCH_PROFILE_CREATION_NOT_FOUND");
    expect((await call(t.app, "GET", `/api/v1/search-profile-creations/${id}`, { key: testKey.key })).statusCode).toBe(200);
  });
});

describe("security", () => {
  const ctx = { testApp: () => t, owner: () => owner };
  standardSecurityChecks(ctx, { method: "POST", url: () => "/api/v1/search-profile-creations", scopes: ["orders:write"], body: () => DOCS_EXAMPLE });
  standardSecurityChecks(ctx, {
    method: "GET",
    url: () => `/api/v1/search-profile-creations/${creationId}`,
    scopes: ["orders:read"],
    crossTenant: { otherKey: () => other.key, expectedCode: "SEARCH_PROFILE_CREATION_NOT_FOUND" },
  });
});
