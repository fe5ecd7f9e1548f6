import { CompanyIndustrySchema, type Company } from "./schemas.ts";
import type { CompanyRow } from "./company-rows.ts";

export function presentCompany(row: CompanyRow): Company {
  return {
    id: row.id,
    prospect_search_id: row.prospect_search_id,
    name: row.name,
    legal_name: row.legal_name,
    legal_form: row.legal_form,
    website: row.website,
    domain: row.domain,
    description: row.description,
    business_type: row.business_type,
    address: { street: row.street, postal_code: row.postal_code, city: row.city, region: row.region, country: row.country },
    city: row.city,
    country: row.country,
    phone: row.phone,
    email: row.email,
    phones: stringList(row.phones),
    fax: row.fax,
    emails: stringList(row.emails),
    social_links: stringList(row.social_links),
    registration: { court: row.register_court, number: row.register_number, vat_id: row.vat_id },
    founded_year: row.founded_year,
    industry: industryOf(row.industry),
    employee_count: employeeRange(row.employee_count),
    match_score: row.match_score === null ? null : Number(row.match_score),
    match_explanation: Array.isArray(row.match_explanation) ? row.match_explanation : [],
    review_status: row.review_status,
    prospect_count: Number(row.prospect_count),
    job_count: Number(row.job_count),
    technology_count: Number(row.technology_count),
    sources: (row.sources ?? {}) as Company["sources"],
    first_seen_at: row.first_seen_at,
    updated_at: row.updated_at,
  };
}

// Stored as {min, max} (either may be open); anything else is not a range we can state.
function employeeRange(value: unknown): Company["employee_count"] {
  if (!value || typeof value !== "object") return null;
  const { min, max } = value as { min?: unknown; max?: unknown };
  const asInt = (n: unknown) => (typeof n === "number" && Number.isInteger(n) ? n : null);
  return asInt(min) === null && asInt(max) === null ? null : { min: asInt(min), max: asInt(max) };
}

// Stored by recomputeCompanyFields from engine IndustryFacts; anything without a division is not stated.
function industryOf(value: unknown): Company["industry"] {
  const parsed = CompanyIndustrySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
