import { describe, expect, it } from "vitest";
import { runSearchProfileBuild } from "../../src/core/search-profiles/run-build.ts";
import { CREATED_SHAPE } from "./orders.ts";
import { NOWHERE, notFoundBody, world } from "./world.ts";

// The search-profile creation example of docs-notes §8.1, with its documented Idempotency-Key.
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
const IDEMPOTENCY = { "idempotency-key": "profile-create-dach-saas-001" };

export function searchProfileScenarios(): void {
  describe("search profiles and prospect searches (docs §8, §9)", () => {
    let profileId: string;

    it("POST /search-profile-creations → 202 PENDING, replayed by its key, SUCCEEDED once built", async () => {
      const missingKey = await world.as("POST", "/api/v1/search-profile-creations", { body: DOCS_EXAMPLE });
      expect(missingKey.statusCode).toBe(422);
      const created = await world.as("POST", "/api/v1/search-profile-creations", { body: DOCS_EXAMPLE, headers: IDEMPOTENCY });
      expect(created.statusCode).toBe(202);
      expect(created.body_json).toMatchObject({ profile_creation_id: expect.any(String), status: "PENDING" });
      const id = created.body_json.profile_creation_id;
      const replay = await world.as("POST", "/api/v1/search-profile-creations", { body: DOCS_EXAMPLE, headers: IDEMPOTENCY });
      expect(replay.body_json.profile_creation_id).toBe(id);
      const reused = await world.as("POST", "/api/v1/search-profile-creations", { body: { ...DOCS_EXAMPLE, profile_name: "Other" }, headers: IDEMPOTENCY });
      expect(reused.body_json.code).toBe("IDEMPOTENCY_KEY_REUSED");

      expect((await world.as("GET", `/api/v1/search-profile-creations/${id}`)).body_json.status).toBe("PENDING");
      await runSearchProfileBuild(world.t.database.db, id);
      const settled = await world.as("GET", `/api/v1/search-profile-creations/${id}`);
      expect(settled.body_json).toMatchObject({ profile_creation_id: id, status: "SUCCEEDED", profile_id: expect.any(String) });
      profileId = settled.body_json.profile_id;
      expect((await world.as("GET", `/api/v1/search-profile-creations/${id}`, { key: world.other.key })).statusCode).toBe(404);
      expect((await world.as("GET", `/api/v1/search-profile-creations/${NOWHERE}`)).body_json.code).toBe("SEARCH_PROFILE_CREATION_NOT_FOUND");
    });

    it("the built profile is a prospect search: listed, read with its version, edited with optimistic locking", async () => {
      const list = await world.as("GET", "/api/v1/prospect-searches", { query: { limit: "10" } });
      expect(list.body_json.items.map((s: { id: string }) => s.id)).toContain(profileId);
      const search = await world.as("GET", `/api/v1/prospect-searches/${profileId}`);
      expect(search.body_json).toMatchObject({ id: profileId, name: DOCS_EXAMPLE.profile_name, status: "ACTIVE", version: 1 });
      const patched = await world.as("PATCH", `/api/v1/prospect-searches/${profileId}`, { body: { version: 1, ideal_customer_profile: "B2B SaaS in DACH, 100-500 employees" } });
      expect(patched.body_json).toMatchObject({ version: 2, ideal_customer_profile: "B2B SaaS in DACH, 100-500 employees", stripped_fields: [] });
      const stale = await world.as("PATCH", `/api/v1/prospect-searches/${profileId}`, { body: { version: 1, name: "stale" } });
      expect(stale.statusCode).toBe(409);
      expect(stale.body_json.code).toBe("VERSION_CONFLICT");
      const foreign = await world.as("GET", `/api/v1/prospect-searches/${profileId}`, { key: world.other.key });
      expect(foreign.body_json).toEqual(notFoundBody("PROSPECT_SEARCH_NOT_FOUND", "ProspectSearch", profileId));
    });

    it("a DISCOVERY order from the profile answers the documented create shape", async () => {
      const created = await world.as("POST", "/api/v1/orders", { body: { order_type: "DISCOVERY", profile_id: profileId, briefing_quantity: 25 } });
      expect(created.statusCode).toBe(201);
      expect(created.body_json).toEqual(CREATED_SHAPE(25, "DISCOVERY"));
    });
  });
}
