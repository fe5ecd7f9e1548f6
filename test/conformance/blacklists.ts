import { describe, expect, it } from "vitest";
import { createProspectSearch, tenantOf } from "../support/companies-fixtures.ts";
import { NOWHERE, notFoundBody, world } from "./world.ts";

export function blacklistScenarios(): void {
  describe("blacklists (docs §10: create → bulk add → list entries → assign → list assigned)", () => {
    it("runs the documented flow", async () => {
      const searchId = await createProspectSearch(world.t.database.db, tenantOf(world.owner), "Blacklist flow search");
      const created = await world.as("POST", "/api/v1/blacklists", { body: { name: "Existing customers", description: "Synced from the CRM" } });
      expect(created.statusCode).toBe(201);
      const blacklistId = created.body_json.id;

      const added = await world.as("POST", `/api/v1/blacklists/${blacklistId}/entries`, {
        body: {
          entries: [
            { company_name: "Grand Hotel Berlin", website_url: "https://www.grandhotel-berlin.de", city: "Berlin", external_id: "CRM-1001" },
            { company_name: "Hotel Adlon Kempinski", city: "Berlin" },
            { company_name: "GRAND HOTEL BERLIN", website_url: "grandhotel-berlin.de/kontakt", city: "BERLIN", external_id: "CRM-1001" },
            { city: "Berlin" },
          ],
        },
      });
      expect(added.statusCode).toBe(200);
      expect(added.body_json).toMatchObject({ added: 2, duplicates: 1, invalid: 1 });

      const entries = await world.as("GET", `/api/v1/blacklists/${blacklistId}/entries`, { query: { limit: "1" } });
      expect(entries.body_json).toMatchObject({ total: 2, has_more: true });
      const all = await world.as("GET", `/api/v1/blacklists/${blacklistId}/entries`);
      expect(all.body_json.items.map((e: { domain: string | null }) => e.domain)).toContain("grandhotel-berlin.de");

      const assigned = await world.as("PUT", `/api/v1/prospect-searches/${searchId}/blacklists`, { body: { blacklist_ids: [blacklistId] } });
      expect(assigned.statusCode).toBe(200);
      const listed = await world.as("GET", `/api/v1/prospect-searches/${searchId}/blacklists`);
      expect(listed.body_json.items.map((b: { id: string }) => b.id)).toEqual([blacklistId]);

      expect((await world.as("GET", `/api/v1/prospect-searches/${searchId}/blacklists`, { key: world.other.key })).statusCode).toBe(404);
      expect((await world.as("GET", `/api/v1/blacklists/${blacklistId}/entries`, { key: world.other.key })).statusCode).toBe(404);
    });

    it("reads, renames, removes entries and deletes; a deleted blacklist is the documented 404", async () => {
      const blacklistId = (await world.as("POST", "/api/v1/blacklists", { body: { name: "Competitors" } })).body_json.id;
      await world.as("POST", `/api/v1/blacklists/${blacklistId}/entries`, { body: { entries: [{ company_name: "Rival AG" }, { company_name: "Foe GmbH" }] } });
      expect((await world.as("GET", `/api/v1/blacklists/${blacklistId}`)).body_json).toMatchObject({ id: blacklistId, name: "Competitors", entry_count: 2 });
      expect((await world.as("GET", "/api/v1/blacklists")).body_json.items.map((b: { id: string }) => b.id)).toContain(blacklistId);
      const renamed = await world.as("PATCH", `/api/v1/blacklists/${blacklistId}`, { body: { name: "Competitors 2026", description: null } });
      expect(renamed.body_json).toMatchObject({ name: "Competitors 2026", description: null });

      const entryIds = (await world.as("GET", `/api/v1/blacklists/${blacklistId}/entries`)).body_json.items.map((e: { id: string }) => e.id);
      const removed = await world.as("DELETE", `/api/v1/blacklists/${blacklistId}/entries`, { body: { entry_ids: [entryIds[0], NOWHERE] } });
      expect(removed.statusCode).toBe(200);

      const deleted = await world.as("DELETE", `/api/v1/blacklists/${blacklistId}`);
      expect(deleted.statusCode).toBe(204);
      const gone = await world.as("GET", `/api/v1/blacklists/${blacklistId}`);
      expect(gone.body_json).toEqual(notFoundBody("BLACKLIST_NOT_FOUND", "Blacklist", blacklistId));
    });
  });
}
