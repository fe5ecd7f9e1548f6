import type { Db } from "../../db/database.ts";
import { assertCompanyVisible } from "../companies/internal.ts";
import type { Tenant } from "../context.ts";
import { toPage, type Page, type PageQuery } from "../pagination.ts";
import type { Technology } from "./schemas.ts";

export async function listCompanyTechnologies(db: Db, tenant: Tenant, companyId: string, query: PageQuery): Promise<Page<Technology>> {
  await assertCompanyVisible(db, tenant, companyId);
  const base = db.selectFrom("company_technologies").where("company_id", "=", companyId);
  const [rows, count] = await Promise.all([
    base
      .select(["id", "company_id", "name", "slug", "categories", "version", "confidence", "first_detected_at", "last_detected_at", "evidence"])
      .orderBy("confidence", "desc")
      .orderBy("slug")
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const items = rows.map((row) => ({ ...row, evidence: Array.isArray(row.evidence) ? (row.evidence as Technology["evidence"]) : [] }));
  return toPage(items, Number(count.n), query);
}
