import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { ConflictError } from "../errors.ts";
import { newId } from "../ids.ts";
import { recordMergeCandidate } from "./merge-candidates/record.ts";
import { registerKey, sameRegister } from "./register-identity.ts";

export interface CompanyIdentity {
  /** The world the crawl belongs to: test keys' crawls (demonstration data) never meet live records. */
  testMode: boolean;
  domain: string | null;
  registerNumber: string | null;
  /** The register court or authority; a register number counts only together with it. */
  registerCourt: string | null;
  name: string | null;
  city: string | null;
  crawledAt: string;
}

type Resemblance = { id: string; domain: string | null; reason: "register" | "name_city" };

/**
 * The company a crawl belongs to, within its world (live or test). A crawl with a domain merges
 * silently only by that domain (or into a register-identical company with no domain yet); one that
 * merely resembles a company with another domain (same register entry + court, or same name + city)
 * becomes its own company and an operator-reviewed merge candidate, so a site cannot take over
 * another company's record by printing its register number. Without a domain: register, else name + city.
 */
export async function findOrCreateCompany(db: Db, identity: CompanyIdentity): Promise<string> {
  if (identity.domain) {
    const byDomain = await inWorld(db, identity.testMode).where("domain", "=", identity.domain).executeTakeFirst();
    if (byDomain) return followMerges(db, byDomain.id);
  }
  const resembles = await findResemblance(db, identity);
  if (resembles && (!identity.domain || adoptsDomain(resembles))) {
    if (identity.domain) await adoptDomain(db, resembles.id, identity.domain);
    return followMerges(db, resembles.id);
  }
  const id = await createCompany(db, identity);
  if (resembles) await recordMergeCandidate(db, { companyId: id, candidateOf: resembles.id, reason: resembles.reason });
  return id;
}

// Only a register-identical company that has no website yet takes a crawl's domain without review.
const adoptsDomain = (resembles: Resemblance) => resembles.reason === "register" && !resembles.domain;

async function adoptDomain(db: Db, companyId: string, domain: string): Promise<void> {
  await db.updateTable("companies").set({ domain }).where("id", "=", companyId).where("domain", "is", null).execute();
}

function inWorld(db: Db, testMode: boolean) {
  return db.selectFrom("companies").select(["id", "domain"]).where("test_mode", "=", testMode).where("erased_at", "is", null);
}

async function createCompany(db: Db, identity: CompanyIdentity): Promise<string> {
  const id = newId();
  const values = { id, test_mode: identity.testMode, domain: identity.domain, first_seen_at: identity.crawledAt, updated_at: identity.crawledAt };
  if (!identity.domain) {
    await db.insertInto("companies").values(values).execute();
    return id;
  }
  // ON CONFLICT on the unique (domain, test_mode): concurrent crawls of one site end up on one row.
  const row = await db
    .insertInto("companies")
    .values(values)
    .onConflict((oc) => oc.columns(["domain", "test_mode"]).doUpdateSet({ domain: (eb) => eb.ref("excluded.domain") }))
    .returning("id")
    .executeTakeFirstOrThrow();
  return followMerges(db, row.id);
}

async function findResemblance(db: Db, identity: CompanyIdentity): Promise<Resemblance | undefined> {
  const register = registerKey(identity.registerNumber, identity.registerCourt);
  if (register) {
    const sameNumber = await inWorld(db, identity.testMode)
      .select(["register_number", "register_court"])
      .where(sql<string>`upper(replace(register_number, ' ', ''))`, "=", register.number)
      .orderBy("first_seen_at")
      .execute();
    const match = sameNumber.find((row) => sameRegister(registerKey(row.register_number, row.register_court), register));
    if (match) return { id: match.id, domain: match.domain, reason: "register" };
  }
  if (!identity.name || !identity.city) return undefined;
  const byName = await inWorld(db, identity.testMode)
    .where(sql<string>`lower(name)`, "=", identity.name.toLowerCase())
    .where(sql<string>`lower(city)`, "=", identity.city.toLowerCase())
    .orderBy("first_seen_at")
    .limit(1)
    .executeTakeFirst();
  return byName ? { ...byName, reason: "name_city" } : undefined;
}

// A merged company forwards to the one it was merged into (chains are short; the bound guards cycles).
// Merges never cross worlds (a foreign key on (merged_into, test_mode) says so), so neither does this.
// Landing on an erased company refuses the crawl: its people must not be re-attached to it.
async function followMerges(db: Db, companyId: string): Promise<string> {
  let current = companyId;
  for (let hop = 0; hop < 5; hop++) {
    const row = await db.selectFrom("companies").select(["merged_into", "erased_at"]).where("id", "=", current).executeTakeFirst();
    if (row?.erased_at) throw new ConflictError("The company this site belongs to was erased and is not collected", "COMPANY_ERASED");
    if (!row?.merged_into) return current;
    current = row.merged_into;
  }
  return current;
}
