import { z } from "zod";
import { isCountryCode, isLanguageCode } from "../search-profiles/iso-codes.ts";
import { IcpReadingSchema } from "./icp-reading.ts";

export const PROSPECT_SEARCH_STATUSES = ["ACTIVE", "PAUSED", "ARCHIVED"] as const;

export const GeoLocationSchema = z.object({ country: z.string().nullable(), city: z.string().optional() });

export const QualificationCriterionSchema = z.object({
  id: z.string(),
  criterion: z.string(),
  type: z.enum(["industry", "location", "size", "keyword", "exclusion"]),
  weight: z.number(),
  values: z.array(z.string()).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
});

export type QualificationCriterion = z.infer<typeof QualificationCriterionSchema>;

export const LanguageConfigSchema = z.object({
  output_language: z.string(),
  search_languages: z.array(z.string()),
});

const text = (max: number) => z.string().trim().max(max);
const list = (maxItems: number, maxLength = 200) => z.array(z.string().trim().min(1).max(maxLength)).max(maxItems);

// Fields a client may change with PATCH (docs: "user-editable"); also what creation takes.
export const EditableFieldsSchema = z.object({
  name: text(200).min(1),
  ideal_customer_profile: text(5000),
  seller_offering: text(2000).nullable(),
  seller_industry: text(200).nullable(),
  target_countries: z.array(z.string().regex(/^[A-Z]{2}$/, "Must be an ISO 3166-1 alpha-2 country code in upper case, e.g. DE").refine(isCountryCode, "Must be an ISO 3166-1 alpha-2 country code, e.g. DE")).max(100),
  target_cities: list(200),
  target_industries: list(100),
  excluded_industries: list(100),
  contact_roles: list(100),
  output_language: z.string().regex(/^[a-z]{2}$/, "Must be an ISO 639-1 language code in lower case, e.g. en").refine(isLanguageCode, "Must be an ISO 639-1 language code, e.g. en"),
  status: z.enum(PROSPECT_SEARCH_STATUSES),
});

export const ADMIN_ONLY_FIELDS = ["geo_locations", "search_keywords"] as const;
export const READ_ONLY_FIELDS = [
  "id",
  "version",
  "language_config",
  "qualification_criteria",
  "company_extraction_commands",
  "contact_extraction_commands",
  "counts",
  "created_at",
  "updated_at",
] as const;

export const ProspectSearchCountsSchema = z.object({
  companies: z.number().int(),
  orders: z.number().int(),
});

export const ProspectSearchSchema = EditableFieldsSchema.extend({
  id: z.uuid(),
  name: z.string(),
  ideal_customer_profile: z.string(),
  geo_locations: z.array(GeoLocationSchema).describe("Admin-only: read here, changed by operators"),
  search_keywords: z.array(z.string()).describe("Admin-only: read here, changed by operators"),
  language_config: LanguageConfigSchema.partial().describe("Read-only, derived when the profile is created"),
  qualification_criteria: z.array(QualificationCriterionSchema).describe("Read-only, derived from the ICP"),
  company_extraction_commands: z.array(z.unknown()).describe("Read-only"),
  contact_extraction_commands: z.array(z.unknown()).describe("Read-only"),
  icp_reading: IcpReadingSchema.nullable(),
  version: z.number().int().describe("Send it back with PATCH (optimistic locking)"),
  counts: ProspectSearchCountsSchema,
  created_at: z.string(),
  updated_at: z.string(),
}).meta({ id: "ProspectSearch" });

export type ProspectSearch = z.infer<typeof ProspectSearchSchema>;

export const ProspectSearchListItemSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(PROSPECT_SEARCH_STATUSES),
  version: z.number().int(),
  counts: ProspectSearchCountsSchema,
  created_at: z.string(),
  updated_at: z.string(),
});

export type ProspectSearchListItem = z.infer<typeof ProspectSearchListItemSchema>;
