import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { TestModeQuotaError, ValidationError } from "../errors.ts";

/** Matches the OPENPROSPECT_TEST_MODE_COMPANIES_PER_HOUR default in config.ts. */
export const DEFAULT_TEST_MODE_COMPANIES_PER_HOUR = 500;

/**
 * Test orders are accepted without review, so a free test key could otherwise flood the shared job
 * queue. Each organization's test keys together may order `limit` companies per sliding hour; the
 * organization row lock makes two concurrent orders count each other.
 */
export async function assertTestModeQuota(trx: Db, organizationId: string, companyCount: number, limit: number): Promise<void> {
  // An order that could never fit is a bad request, not a reason to wait.
  if (companyCount > limit) throw new ValidationError([{ field: "companies", message: `Test mode orders are limited to ${limit} companies per hour` }]);
  await trx.selectFrom("organizations").select("id").where("id", "=", organizationId).forUpdate().executeTakeFirst();
  const recent = await trx
    .selectFrom("orders")
    .select([sql<number>`coalesce(sum(company_count), 0)`.as("used"), sql<string | null>`min(created_at)`.as("oldest")])
    .where("organization_id", "=", organizationId)
    .where("test_mode", "=", true)
    .where("created_at", ">", sql<string>`now() - interval '1 hour'`)
    .executeTakeFirstOrThrow();
  const used = Number(recent.used);
  if (used + companyCount <= limit) return;
  // The window frees up when the oldest order in it turns an hour old (or in an hour when it is empty).
  const oldest = recent.oldest ? new Date(recent.oldest).getTime() : Date.now();
  const retryAfter = Math.max(1, Math.ceil((oldest + 3_600_000 - Date.now()) / 1000));
  throw new TestModeQuotaError(retryAfter, limit, used);
}
