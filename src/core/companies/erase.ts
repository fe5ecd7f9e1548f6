import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { appendWithdrawals } from "../deliveries/append-withdrawals.ts";
import { NotFoundError } from "../errors.ts";
import { suppressDomain } from "./suppression.ts";

/**
 * Erases a company (GDPR erasure or objection): its data and people are deleted, the row stays blank
 * so the delivery feeds can say `erased`, and its domain is kept only as a hash so it is never
 * collected again.
 */
export async function eraseCompany(db: Db, companyId: string): Promise<{ testMode: boolean }> {
  return db.transaction().execute(async (trx) => {
    const company = await trx.selectFrom("companies").select(["id", "test_mode", "domain", "erased_at"]).where("id", "=", companyId).forUpdate().executeTakeFirst();
    if (!company) throw new NotFoundError("Company", companyId);
    if (company.erased_at) return { testMode: company.test_mode };
    if (company.domain) await suppressDomain(trx, company.domain, "erased");
    await appendWithdrawals(trx, companyId, "erased", null);
    for (const table of ["company_observations", "prospects", "company_jobs", "company_technologies", "search_companies"] as const) {
      await trx.deleteFrom(table).where("company_id", "=", companyId).execute();
    }
    await trx.updateTable("companies").set(BLANK).where("id", "=", companyId).execute();
    return { testMode: company.test_mode };
  });
}

const BLANK = {
  domain: null, name: null, legal_name: null, legal_form: null, website: null, description: null, business_type: null,
  street: null, postal_code: null, city: null, region: null, country: null, phone: null, email: null,
  phones: "[]", emails: "[]", fax: null, social_links: "[]", register_court: null, register_number: null, vat_id: null, founded_year: null,
  employee_count: null, keywords: [], sources: "{}", crawled_at: null,
  erased_at: sql<string>`now()`, updated_at: sql<string>`now()`,
};
