import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { registrableDomain } from "../companies/domain-key.ts";

/** A company of the same world (test or live) crawled within `maxAgeDays` is reused instead of crawled again. */
export async function findFreshCompany(db: Db, testMode: boolean, websiteUrl: string, maxAgeDays: number | null): Promise<string | null> {
  if (maxAgeDays === null || maxAgeDays <= 0) return null;
  const domain = registrableDomain(websiteUrl);
  if (!domain) return null;
  const row = await db
    .selectFrom("companies")
    .select("id")
    .where("test_mode", "=", testMode)
    .where("domain", "=", domain)
    .where("erased_at", "is", null)
    .where("merged_into", "is", null)
    .where("crawled_at", ">", sql<string>`now() - make_interval(days => ${maxAgeDays})`)
    .executeTakeFirst();
  return row?.id ?? null;
}
