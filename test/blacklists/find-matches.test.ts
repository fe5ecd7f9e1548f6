import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBlacklistEntries } from "../../src/core/blacklists/add-entries.ts";
import { createBlacklist } from "../../src/core/blacklists/create.ts";
import { findBlacklistMatches } from "../../src/core/blacklists/find-matches.ts";
import { blacklistIdsForOrder } from "../../src/core/blacklists/ids-for-order.ts";
import { setAssignedBlacklists } from "../../src/core/blacklists/assign.ts";
import { createProspectSearch } from "../../src/core/prospect-searches/create.ts";
import { candidateKeys, matchBlacklist, blacklistEntryKeys } from "../../src/engine/match/blacklist/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/test-database.ts";
import { createTenant } from "../support/fixtures.ts";

let database: TestDatabase;
let tenant: { organizationId: string; testMode: boolean };

beforeAll(async () => {
  database = await createTestDatabase();
  const owner = await createTenant(database.db);
  tenant = { organizationId: owner.organizationId, testMode: false };
});
afterAll(() => database.close());

const company = fc.record(
  {
    external_id: fc.constantFrom("A-1", "A-2", "A-3"),
    website_url: fc.constantFrom("acme.de", "https://www.acme.de/x", "beta.com", "shop.gamma.co.uk"),
    company_name: fc.constantFrom("Acme GmbH", "ACME", "Beta AG", "Gamma Ltd"),
    city: fc.constantFrom("Berlin", "BERLIN", "Wien", "München"),
  },
  { requiredKeys: [] },
);

describe("findBlacklistMatches (SQL) agrees with matchBlacklist (pure)", () => {
  it("gives every candidate the same tier as the pure matcher", async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(company, { minLength: 1, maxLength: 8 }), fc.array(company, { minLength: 1, maxLength: 12 }), async (entries, candidates) => {
        const blacklist = await createBlacklist(database.db, tenant, { name: `round ${round++}` });
        await addBlacklistEntries(database.db, tenant, blacklist.id, { entries });
        const keyed = entries.flatMap((entry) => {
          const result = blacklistEntryKeys(entry);
          return result.ok ? [result.keys] : [];
        });
        const hits = await findBlacklistMatches(database.db, tenant, [blacklist.id], candidates.map((c, i) => ({ key: String(i), ...candidateKeys(c) })));
        candidates.forEach((candidate, i) => {
          expect(hits.get(String(i))?.tier ?? null).toBe(matchBlacklist(candidate, keyed)?.tier ?? null);
        });
      }),
      { numRuns: 25 },
    );
  });

  it("ignores blacklists of other tenants; blacklistIdsForOrder unions assigned and named lists", async () => {
    const mine = await createBlacklist(database.db, tenant, { name: "mine" });
    const extra = await createBlacklist(database.db, tenant, { name: "extra" });
    await addBlacklistEntries(database.db, tenant, mine.id, { entries: [{ website_url: "acme.de" }] });
    const testTenant = { ...tenant, testMode: true };
    expect((await findBlacklistMatches(database.db, testTenant, [mine.id], [{ key: "k", domain: "acme.de" }])).size).toBe(0);
    const search = await createProspectSearch(database.db, tenant, { name: "s" });
    await setAssignedBlacklists(database.db, tenant, search.id, { blacklist_ids: [mine.id] });
    expect((await blacklistIdsForOrder(database.db, tenant, search.id, [extra.id, mine.id])).sort()).toEqual([mine.id, extra.id].sort());
    await expect(blacklistIdsForOrder(database.db, testTenant, null, [mine.id])).rejects.toMatchObject({ status: 404, code: "BLACKLIST_NOT_FOUND" });
  });
});
