import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";

/** A global company is the tenant's to read only through one of its searches; otherwise 404. */
export async function assertCompanyVisible(db: Db, tenant: Tenant, companyId: string): Promise<void> {
  const link = await db
    .selectFrom("search_companies as sc")
    .innerJoin("companies as c", "c.id", "sc.company_id")
    .select("sc.company_id")
    .where("sc.company_id", "=", companyId)
    .where("sc.organization_id", "=", tenant.organizationId)
    .where("sc.test_mode", "=", tenant.testMode)
    .where("c.test_mode", "=", tenant.testMode)
    .where("c.erased_at", "is", null)
    .limit(1)
    .executeTakeFirst();
  if (!link) throw new NotFoundError("Company", companyId);
}
