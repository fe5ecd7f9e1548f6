import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrationFiles, migrate } from "../../src/db/migrate.ts";
import { createBlankTestDatabase, type TestDatabase } from "../support/test-database.ts";

const MIGRATIONS = fileURLToPath(new URL("../../src/db/migrations", import.meta.url));
const ids = { org: "00000000-0000-4000-8000-000000000001", live: "00000000-0000-4000-8000-000000000002", test: "00000000-0000-4000-8000-000000000003" };
const company = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, "0")}`;

let t: TestDatabase;
let before: string;
beforeAll(async () => {
  t = await createBlankTestDatabase();
  before = mkdtempSync(join(tmpdir(), "migrations-0007-"));
  for (const name of listMigrationFiles(MIGRATIONS).filter((name) => name < "0008")) copyFileSync(join(MIGRATIONS, name), join(before, name));
  await migrate(t.pool, before);
});
afterAll(async () => {
  await t.close();
  rmSync(before, { recursive: true, force: true });
});

describe("migration 0008: existing companies are sorted into worlds", () => {
  it("makes test-only companies test data, keeps shared ones live without their test links", async () => {
    const q = (text: string, values: unknown[] = []) => t.pool.query(text, values);
    await q("INSERT INTO organizations (id, name) VALUES ($1, 'Org')", [ids.org]);
    await q("INSERT INTO prospect_searches (id, organization_id, test_mode, name) VALUES ($1, $3, false, 'live'), ($2, $3, true, 'test')", [ids.live, ids.test, ids.org]);
    // 1 test only, 2 live only, 3 held by both worlds, 4 unlinked, 5 delivered to test then erased (links gone)
    for (const n of [1, 2, 3, 4, 5]) await q("INSERT INTO companies (id, domain) VALUES ($1, $2)", [company(n), `c${n}.de`]);
    const link = (search: string, n: number, test: boolean) =>
      q("INSERT INTO search_companies (prospect_search_id, company_id, organization_id, test_mode) VALUES ($1, $2, $3, $4)", [search, company(n), ids.org, test]);
    const deliver = (search: string, n: number, test: boolean) =>
      q("INSERT INTO deliveries (id, organization_id, test_mode, prospect_search_id, company_id) VALUES (gen_random_uuid(), $1, $2, $3, $4)", [ids.org, test, search, company(n)]);
    await link(ids.test, 1, true);
    await deliver(ids.test, 1, true);
    await link(ids.live, 2, false);
    await link(ids.live, 3, false);
    await link(ids.test, 3, true);
    await deliver(ids.test, 3, true);
    await deliver(ids.test, 5, true);

    expect((await migrate(t.pool, MIGRATIONS)).applied).toContain("0008_company_worlds.sql");

    const worlds = Object.fromEntries((await q("SELECT id, test_mode FROM companies ORDER BY id")).rows.map((r) => [r.id, r.test_mode]));
    expect(worlds).toEqual({ [company(1)]: true, [company(2)]: false, [company(3)]: false, [company(4)]: false, [company(5)]: true });
    const links = (await q("SELECT company_id, test_mode FROM search_companies WHERE company_id = $1", [company(3)])).rows;
    expect(links).toEqual([{ company_id: company(3), test_mode: false }]);
    expect((await q("SELECT count(*)::int AS n FROM deliveries WHERE company_id = $1", [company(3)])).rows[0].n).toBe(0);
    // The same domain may now exist once per world.
    await q("INSERT INTO companies (id, domain, test_mode) VALUES (gen_random_uuid(), 'c2.de', true)");
    await expect(q("INSERT INTO companies (id, domain, test_mode) VALUES (gen_random_uuid(), 'c2.de', false)")).rejects.toThrow(/companies_domain_world_idx/);
  });
});
