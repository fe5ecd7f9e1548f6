import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { assertCompanyVisible } from "../companies/internal.ts";
import type { Tenant } from "../context.ts";
import type { JobsSummary } from "./schemas.ts";

/** A company's hiring activity: open jobs by department and location, and how many are new. */
export async function summarizeCompanyJobs(db: Db, tenant: Tenant, companyId: string): Promise<JobsSummary> {
  await assertCompanyVisible(db, tenant, companyId);
  const open = db.selectFrom("company_jobs").where("company_id", "=", companyId).where("status", "=", "open");
  const [openCount, byDepartment, byLocation, recent] = await Promise.all([
    open.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    open.select(["department", (eb) => eb.fn.countAll<number>().as("count")]).groupBy("department").orderBy("count", "desc").orderBy("department").execute(),
    open.select(["location", (eb) => eb.fn.countAll<number>().as("count")]).groupBy("location").orderBy("count", "desc").orderBy("location").execute(),
    db
      .selectFrom("company_jobs")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("company_id", "=", companyId)
      .where("first_seen_at", ">=", sql<string>`now() - interval '30 days'`)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    open_count: Number(openCount.n),
    by_department: byDepartment.map((row) => ({ department: row.department, count: Number(row.count) })),
    by_location: byLocation.map((row) => ({ location: row.location, count: Number(row.count) })),
    new_last_30_days: Number(recent.n),
  };
}
