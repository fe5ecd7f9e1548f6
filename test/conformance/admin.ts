import { describe, expect, it } from "vitest";
import { world } from "./world.ts";

export function adminScenarios(): void {
  describe("operator API", () => {
    it("creates an organization and a key, lists and reads them, revokes the key", async () => {
      const created = await world.admin("POST", "/api/admin/v1/organizations", { name: "Onboarded GmbH" });
      expect(created.statusCode).toBe(201);
      const orgId = created.body_json.id;
      expect((await world.admin("GET", "/api/admin/v1/organizations?limit=100")).body_json.items.map((o: { id: string }) => o.id)).toContain(orgId);
      expect((await world.admin("GET", `/api/admin/v1/organizations/${orgId}`)).body_json).toMatchObject({ id: orgId, name: "Onboarded GmbH" });
      const patched = await world.admin("PATCH", `/api/admin/v1/organizations/${orgId}`, { rate_limit_tier: "pro", auto_accept_max_companies: 10, discovery_crawl_factor: 5 });
      expect(patched.body_json).toMatchObject({ rate_limit_tier: "pro", auto_accept_max_companies: 10, discovery_crawl_factor: 5 });
      expect((await world.admin("PATCH", `/api/admin/v1/organizations/${orgId}`, { discovery_crawl_factor: 0 })).statusCode).toBe(422);

      const key = await world.admin("POST", `/api/admin/v1/organizations/${orgId}/api-keys`, { name: "CRM sync", preset: "read_only" });
      expect(key.statusCode).toBe(201);
      expect(key.body_json.key).toMatch(/^lnc_live_[A-Za-z0-9]{32}$/);
      expect((await world.admin("GET", `/api/admin/v1/organizations/${orgId}/api-keys`)).body_json.total).toBe(1);
      const revoked = await world.admin("DELETE", `/api/admin/v1/api-keys/${key.body_json.id}`);
      expect(revoked.statusCode).toBe(200);
      expect((await world.api.call("GET", "/api/v1/auth/validate", { key: key.body_json.key })).statusCode).toBe(401);
    });

    it("reads and sets the price list; null returns an item to the default", async () => {
      const before = await world.admin("GET", "/api/admin/v1/price-list");
      expect(before.statusCode).toBe(200);
      const set = await world.admin("PATCH", "/api/admin/v1/price-list", { per_company: 3.25, per_feature: { CONTACTS: 1 } });
      expect(set.body_json).toMatchObject({ per_company: 3.25, per_feature: { CONTACTS: 1 } });
      expect((await world.admin("PATCH", "/api/admin/v1/price-list", { per_company: "free" })).statusCode).toBe(422);
      const reset = await world.admin("PATCH", "/api/admin/v1/price-list", { per_company: null, per_feature: { CONTACTS: null } });
      expect(reset.body_json).toEqual(before.body_json);
    });
  });
}
