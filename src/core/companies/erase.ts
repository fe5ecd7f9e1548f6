import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { appendWithdrawals } from "../deliveries/append-withdrawals.ts";
import { forgetIdempotencyRecords } from "../erasure/forget-idempotency-records.ts";
import { redactCompanyEvents } from "../erasure/redact-webhook-events.ts";
import { NotFoundError } from "../errors.ts";
import { addSuppressions } from "../suppressions/add.ts";
import { domainKey } from "../suppressions/keys.ts";
import { BLANK_COMPANY_DATA } from "./blank-columns.ts";
import { mergedSources } from "./merged-sources.ts";

/**
 * Erases a company (GDPR erasure or objection) everywhere it is kept: its data and people, the rows
 * merged into it, webhook payloads and logs, stored idempotent responses. The rows stay blank so
 * feeds can say `erased`; every domain is kept only as a hash on the suppression list.
 */
export async function eraseCompany(db: Db, companyId: string): Promise<{ testMode: boolean }> {
  return db.transaction().execute((trx) => eraseCompanyInTransaction(trx, companyId));
}

export async function eraseCompanyInTransaction(trx: Db, companyId: string): Promise<{ testMode: boolean }> {
  const company = await trx.selectFrom("companies").select(["id", "erased_at", "test_mode"]).where("id", "=", companyId).forUpdate().executeTakeFirst();
  if (!company) throw new NotFoundError("Company", companyId);
  const ids = [companyId, ...(await mergedSources(trx, companyId))];
  const rows = await trx.selectFrom("companies").select(["id", "domain", "erased_at"]).where("id", "in", ids).forUpdate().execute();
  const domains = rows.flatMap((row) => (row.domain ? [row.domain] : []));
  await addSuppressions(trx, domains.map(domainKey), "erased");
  if (!company.erased_at) await appendWithdrawals(trx, companyId, "erased", null);
  const people = await trx.selectFrom("prospects").select(["id", "email"]).where("company_id", "in", ids).execute();
  for (const table of ["company_observations", "prospects", "company_jobs", "company_technologies", "search_companies"] as const) {
    await trx.deleteFrom(table).where("company_id", "in", ids).execute();
  }
  await redactCompanyEvents(trx, ids);
  await forgetIdempotencyRecords(trx, [...ids, ...domains, ...people.flatMap((p) => [p.id, p.email ?? ""])]);
  await trx.updateTable("companies").set(BLANK).where("id", "in", ids).execute();
  // The dataset rows stay as tombstones (so a re-import does not bring the company back), without their data.
  await trx.updateTable("company_source_records").set({ fields: "{}" }).where("company_id", "in", ids).execute();
  return { testMode: company.test_mode };
}

// The domain goes too: it is on the suppression list as a hash, which is all a later crawl needs.
const BLANK = { ...BLANK_COMPANY_DATA, domain: null, erased_at: sql<string>`coalesce(erased_at, now())` };
