import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { companyRowsQuery } from "./company-rows.ts";
import { presentCompany } from "./present.ts";
import { ReviewStatusSchema, type Company } from "./schemas.ts";
import { whereTenant } from "../tenancy/where-tenant.ts";

export const SetReviewStatusInputSchema = z
  .object({
    prospect_search_id: z.uuid().describe("The search whose lead inbox the decision belongs to: review is per company and search"),
    review_status: ReviewStatusSchema,
  })
  .strict();

export type SetReviewStatusInput = z.infer<typeof SetReviewStatusInputSchema>;

/**
 * A client's review decision on one company in one of its searches (a lead inbox). A company not
 * linked to that search of the tenant is a 404, like any other object of another organization.
 */
export async function setCompanyReviewStatus(db: Db, tenant: Tenant, companyId: string, rawInput: SetReviewStatusInput): Promise<Company> {
  const input = SetReviewStatusInputSchema.parse(rawInput);
  const updated = await whereTenant(db.updateTable("search_companies"), tenant)
    .set({ review_status: input.review_status, updated_at: sql<string>`now()` })
    .where("company_id", "=", companyId)
    .where("prospect_search_id", "=", input.prospect_search_id)
    .returning("company_id")
    .executeTakeFirst();
  if (!updated) throw new NotFoundError("Company", companyId);
  const row = await companyRowsQuery(db)
    .where("sc.company_id", "=", companyId)
    .where("sc.prospect_search_id", "=", input.prospect_search_id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("Company", companyId);
  return presentCompany(row);
}
