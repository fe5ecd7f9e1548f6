import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { assertCompanyVisible } from "../companies/internal.ts";
import type { Tenant } from "../context.ts";
import type { TechnologySummary } from "./schemas.ts";

/** Technologies per category; one technology in two categories counts in both. */
export async function summarizeCompanyTechnologies(db: Db, tenant: Tenant, companyId: string): Promise<TechnologySummary> {
  await assertCompanyVisible(db, tenant, companyId);
  const [total, byCategory] = await Promise.all([
    db.selectFrom("company_technologies").select((eb) => eb.fn.countAll<number>().as("n")).where("company_id", "=", companyId).executeTakeFirstOrThrow(),
    sql<{ category: string; count: number }>`
      SELECT category, count(*) AS count FROM company_technologies, unnest(categories) AS category
      WHERE company_id = ${companyId} GROUP BY category ORDER BY count(*) DESC, category`.execute(db),
  ]);
  return { total: Number(total.n), by_category: byCategory.rows.map((row) => ({ category: row.category, count: Number(row.count) })) };
}
