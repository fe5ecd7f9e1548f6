import type { Db } from "../../db/database.ts";
import { assertCompanyVisible } from "../companies/internal.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page } from "../pagination.ts";
import type { Job, ListJobsQuery } from "./schemas.ts";

export async function listCompanyJobs(db: Db, tenant: Tenant, companyId: string, query: ListJobsQuery): Promise<Page<Job>> {
  await assertCompanyVisible(db, tenant, companyId);
  let base = db.selectFrom("company_jobs").where("company_id", "=", companyId);
  if (query.status) base = base.where("status", "=", query.status);
  const [rows, count] = await Promise.all([
    base
      .select(["id", "company_id", "title", "location", "employment_type", "department", "url", "source", "ats", "posted_at", "first_seen_at", "last_seen_at", "status"])
      .orderBy("first_seen_at", "desc")
      .orderBy("id")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return toPage(rows, Number(count.n), query);
}
