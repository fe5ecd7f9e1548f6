import { sql } from "kysely";

/** Every data column of a company emptied: what erasure leaves, and what a merge leaves on the duplicate. */
export const BLANK_COMPANY_DATA = {
  name: null, legal_name: null, legal_form: null, website: null, description: null, business_type: null,
  street: null, postal_code: null, city: null, region: null, country: null, phone: null, email: null,
  phones: "[]", emails: "[]", fax: null, social_links: "[]", register_court: null, register_number: null, vat_id: null, founded_year: null,
  employee_count: null, keywords: [] as string[], nace_codes: [] as string[], industry: null, sources: "{}", crawled_at: null,
  updated_at: sql<string>`now()`,
};
