import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { newId } from "../ids.ts";

export interface CompanyIdentity {
  /** The world the crawl belongs to: test keys' crawls (demonstration data) never meet live records. */
  testMode: boolean;
  domain: string | null;
  registerNumber: string | null;
  name: string | null;
  city: string | null;
  crawledAt: string;
}

/**
 * The company a crawl belongs to, within its world (live or test): by registrable domain, else
 * register number, else name + city; created otherwise. Creation goes through ON CONFLICT on the
 * unique (domain, test_mode), so concurrent crawls of one site end up on one row.
 */
export async function findOrCreateCompany(db: Db, identity: CompanyIdentity): Promise<string> {
  const existing = await findExisting(db, identity);
  if (existing) return followMerges(db, existing);
  const id = newId();
  const values = { id, test_mode: identity.testMode, domain: identity.domain, first_seen_at: identity.crawledAt, updated_at: identity.crawledAt };
  if (!identity.domain) {
    await db.insertInto("companies").values(values).execute();
    return id;
  }
  const row = await db
    .insertInto("companies")
    .values(values)
    .onConflict((oc) => oc.columns(["domain", "test_mode"]).doUpdateSet({ domain: (eb) => eb.ref("excluded.domain") }))
    .returning("id")
    .executeTakeFirstOrThrow();
  return followMerges(db, row.id);
}

function inWorld(db: Db, testMode: boolean) {
  return db.selectFrom("companies").select(["id", "domain"]).where("test_mode", "=", testMode).where("erased_at", "is", null);
}

async function findExisting(db: Db, identity: CompanyIdentity): Promise<string | null> {
  if (identity.domain) {
    const byDomain = await inWorld(db, identity.testMode).where("domain", "=", identity.domain).executeTakeFirst();
    if (byDomain) return byDomain.id;
  }
  const match = await findByRegisterOrName(db, identity);
  if (!match) return null;
  // A company first known without a website adopts the domain; one with another domain keeps its own.
  if (identity.domain && !match.domain) {
    await db.updateTable("companies").set({ domain: identity.domain }).where("id", "=", match.id).where("domain", "is", null).execute();
  }
  return match.id;
}

async function findByRegisterOrName(db: Db, identity: CompanyIdentity): Promise<{ id: string; domain: string | null } | undefined> {
  const base = inWorld(db, identity.testMode).orderBy("first_seen_at").limit(1);
  if (identity.registerNumber) {
    const byRegister = await base.where("register_number", "=", identity.registerNumber).executeTakeFirst();
    if (byRegister) return byRegister;
  }
  if (!identity.name || !identity.city) return undefined;
  return base
    .where(sql<string>`lower(name)`, "=", identity.name.toLowerCase())
    .where(sql<string>`lower(city)`, "=", identity.city.toLowerCase())
    .executeTakeFirst();
}

// A merged company forwards to the one it was merged into (chains are short; the bound guards cycles).
// Merges never cross worlds (a foreign key on (merged_into, test_mode) says so), so neither does this.
async function followMerges(db: Db, companyId: string): Promise<string> {
  let current = companyId;
  for (let hop = 0; hop < 5; hop++) {
    const row = await db.selectFrom("companies").select("merged_into").where("id", "=", current).executeTakeFirst();
    if (!row?.merged_into) return current;
    current = row.merged_into;
  }
  return current;
}
