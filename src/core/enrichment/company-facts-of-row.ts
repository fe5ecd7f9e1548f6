import type { Selectable } from "kysely";
import type { CompaniesTable } from "../../db/types.ts";
import type { CompanyFacts } from "../../engine/types.ts";

/** A stored company in the engine's vocabulary, for scoring it against a profile. */
export function companyFactsOfRow(row: Selectable<CompaniesTable>): CompanyFacts {
  return {
    name: row.name, legal_name: row.legal_name, legal_form: row.legal_form, street: row.street, postal_code: row.postal_code,
    city: row.city, region: row.region, country: row.country, phones: row.phone ? [row.phone] : [], fax: null,
    emails: row.email ? [row.email] : [], vat_id: row.vat_id, register: row.register_number ? { court: row.register_court, number: row.register_number } : null,
    founded: row.founded_year, socials: [], description: row.description, business_type: row.business_type, description_keywords: row.keywords,
    industry: (row.industry ?? null) as CompanyFacts["industry"],
  };
}
