import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { companyRowsQuery } from "./company-rows.ts";
import { presentCompany } from "./present.ts";
import type { Company } from "./schemas.ts";

/** One company, seen through the tenant's most recently updated search that holds it. */
export async function getCompany(db: Db, tenant: Tenant, companyId: string): Promise<Company> {
  const row = await companyRowsQuery(db)
    .where("sc.company_id", "=", companyId)
    .where("sc.organization_id", "=", tenant.organizationId)
    .where("sc.test_mode", "=", tenant.testMode)
    .orderBy("sc.updated_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("Company", companyId);
  return presentCompany(row);
}
