import type { CompanyFactField, CompanyFacts } from "../../engine/types.ts";
import type { Feature } from "./features.ts";

/** A company column whose current value is resolved from observations, and where its evidence comes from. */
export interface ColumnField {
  column: ColumnName;
  family: Extract<Feature, "COMPANY_DATA" | "LEGAL_DATA">;
  /** The engine's company fact this column is read from; its source travels with it (CompanyFacts.sources). */
  fact: CompanyFactField;
  fromFacts: (facts: CompanyFacts) => unknown;
}

export type ColumnName =
  | "name" | "legal_name" | "legal_form" | "website" | "description" | "business_type"
  | "street" | "postal_code" | "city" | "region" | "country" | "phone" | "email" | "phones" | "emails" | "fax"
  | "social_links" | "register_court" | "register_number" | "vat_id" | "founded_year" | "keywords" | "industry";

export const COLUMN_FIELDS: ColumnField[] = [
  { column: "name", family: "COMPANY_DATA", fact: "name", fromFacts: (f) => f.name },
  { column: "description", family: "COMPANY_DATA", fact: "description", fromFacts: (f) => f.description },
  { column: "business_type", family: "COMPANY_DATA", fact: "business_type", fromFacts: (f) => f.business_type },
  { column: "street", family: "COMPANY_DATA", fact: "street", fromFacts: (f) => f.street },
  { column: "postal_code", family: "COMPANY_DATA", fact: "postal_code", fromFacts: (f) => f.postal_code },
  { column: "city", family: "COMPANY_DATA", fact: "city", fromFacts: (f) => f.city },
  { column: "region", family: "COMPANY_DATA", fact: "region", fromFacts: (f) => f.region },
  { column: "country", family: "COMPANY_DATA", fact: "country", fromFacts: (f) => f.country },
  { column: "phone", family: "COMPANY_DATA", fact: "phones", fromFacts: (f) => f.phones[0] ?? null },
  { column: "email", family: "COMPANY_DATA", fact: "emails", fromFacts: (f) => f.emails[0] ?? null },
  { column: "phones", family: "COMPANY_DATA", fact: "phones", fromFacts: (f) => (f.phones.length ? f.phones : null) },
  { column: "emails", family: "COMPANY_DATA", fact: "emails", fromFacts: (f) => (f.emails.length ? f.emails : null) },
  { column: "fax", family: "COMPANY_DATA", fact: "fax", fromFacts: (f) => f.fax },
  { column: "social_links", family: "COMPANY_DATA", fact: "socials", fromFacts: (f) => (f.socials.length ? f.socials : null) },
  { column: "founded_year", family: "COMPANY_DATA", fact: "founded", fromFacts: (f) => f.founded },
  { column: "keywords", family: "COMPANY_DATA", fact: "description_keywords", fromFacts: (f) => (f.description_keywords.length ? f.description_keywords : null) },
  { column: "industry", family: "COMPANY_DATA", fact: "industry", fromFacts: (f) => f.industry ?? null },
  { column: "legal_name", family: "LEGAL_DATA", fact: "legal_name", fromFacts: (f) => f.legal_name },
  { column: "legal_form", family: "LEGAL_DATA", fact: "legal_form", fromFacts: (f) => f.legal_form },
  { column: "vat_id", family: "LEGAL_DATA", fact: "vat_id", fromFacts: (f) => f.vat_id },
  { column: "register_court", family: "LEGAL_DATA", fact: "register", fromFacts: (f) => f.register?.court ?? null },
  { column: "register_number", family: "LEGAL_DATA", fact: "register", fromFacts: (f) => f.register?.number ?? null },
];

export const COLUMN_NAMES: ColumnName[] = [...COLUMN_FIELDS.map((field) => field.column), "website"];

const LEGAL_RAW_FIELDS = new Set(["legal_name", "legal_form", "register", "vat_id"]);

/** Which family a raw engine observation belongs to, so LEGAL_DATA-only crawls store only legal evidence. */
export function rawFieldFamily(field: string): ColumnField["family"] {
  return LEGAL_RAW_FIELDS.has(field) ? "LEGAL_DATA" : "COMPANY_DATA";
}
