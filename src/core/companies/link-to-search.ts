import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { NotFoundError } from "../errors.ts";
import { requireProspectSearch } from "../prospect-searches/internal.ts";

export interface SearchLinkOptions {
  match_score?: number | null;
  match_explanation?: unknown[];
  review_status?: "pending" | "accepted" | "rejected";
}

/**
 * Puts a company into one of the tenant's prospect searches (or updates its score). This row is
 * what makes a company of the tenant's world visible to an organization.
 */
export async function linkCompanyToSearch(
  db: Db,
  tenant: Tenant,
  prospectSearchId: string,
  companyId: string,
  options: SearchLinkOptions = {},
): Promise<void> {
  await requireProspectSearch(db, tenant, prospectSearchId);
  // A company of the other world (test vs live) does not exist for this tenant.
  const company = await db
    .selectFrom("companies")
    .select("id")
    .where("id", "=", companyId)
    .where("test_mode", "=", tenant.testMode)
    .where("erased_at", "is", null)
    .executeTakeFirst();
  if (!company) throw new NotFoundError("Company", companyId);
  const explanation = options.match_explanation ? JSON.stringify(options.match_explanation) : undefined;
  await db
    .insertInto("search_companies")
    .values({
      prospect_search_id: prospectSearchId,
      company_id: companyId,
      organization_id: tenant.organizationId,
      test_mode: tenant.testMode,
      match_score: options.match_score ?? null,
      match_explanation: explanation ?? "[]",
      review_status: options.review_status ?? "pending",
    })
    .onConflict((oc) =>
      oc.columns(["prospect_search_id", "company_id"]).doUpdateSet({
        ...(options.match_score !== undefined ? { match_score: options.match_score } : {}),
        ...(explanation !== undefined ? { match_explanation: explanation } : {}),
        ...(options.review_status ? { review_status: options.review_status } : {}),
        updated_at: sql<string>`now()`,
      }),
    )
    .execute();
}
