import { z } from "zod";
import { PageQuerySchema } from "../pagination.ts";

export const REVIEW_STATUSES = ["pending", "accepted", "rejected"] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);

export const FieldSourceSchema = z
  .object({
    url: z.string().describe("The page the value was read from"),
    type: z.string().describe("Kind of source, e.g. website"),
    method: z.string().describe("How it was read: json_ld, imprint_text, meta, mailto …"),
    confidence: z.number().optional(),
    observed_at: z.string().describe("When this evidence was last seen"),
  })
  .meta({ id: "FieldSource" });

export const SourcesSchema = z.record(z.string(), FieldSourceSchema).describe("Per field: where its current value comes from");

export const CompanyIndustrySchema = z
  .object({
    nace_section: z.string().describe("NACE Rev. 2 section letter A–U"),
    nace_division: z.string().describe("NACE Rev. 2 two-digit division"),
    nace_code: z.string().describe("The finest NACE code the evidence supports (group or class, e.g. 69.20), else the division"),
    label: z.string().describe("English NACE title of nace_code"),
    confidence: z.number().describe("0–1"),
    evidence: z
      .array(z.object({ source_url: z.string(), method: z.string().describe("json_ld, imprint_text, meta, page_text …"), text: z.string().describe("The words on the page") }))
      .describe("What on the company's own site the classification rests on"),
  })
  .meta({ id: "CompanyIndustry" });

export const CompanySchema = z
  .object({
    id: z.uuid(),
    prospect_search_id: z.uuid().nullable(),
    name: z.string().nullable(),
    legal_name: z.string().nullable(),
    legal_form: z.string().nullable(),
    website: z.string().nullable(),
    domain: z.string().nullable(),
    description: z.string().nullable(),
    business_type: z.string().nullable(),
    address: z.object({
      street: z.string().nullable(),
      postal_code: z.string().nullable(),
      city: z.string().nullable(),
      region: z.string().nullable(),
      country: z.string().nullable().describe("ISO 3166-1 alpha-2"),
    }),
    city: z.string().nullable(),
    country: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    phones: z.array(z.string()).describe("Every main company phone number, most prominent first (`phone` is the first)"),
    fax: z.string().nullable(),
    emails: z.array(z.string()).describe("Every company-level email address, most prominent first (`email` is the first)"),
    social_links: z.array(z.string()),
    registration: z.object({ court: z.string().nullable(), number: z.string().nullable(), vat_id: z.string().nullable() }),
    founded_year: z.number().int().nullable(),
    industry: CompanyIndustrySchema.nullable().describe("Main activity in NACE Rev. 2, read from the company's own site"),
    employee_count: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }).nullable(),
    match_score: z.number().nullable().describe("0–10"),
    match_explanation: z.array(z.unknown()).describe("One entry per ICP criterion with its evidence"),
    review_status: ReviewStatusSchema,
    prospect_count: z.number().int(),
    job_count: z.number().int(),
    technology_count: z.number().int(),
    sources: SourcesSchema,
    first_seen_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Company" });

export type Company = z.infer<typeof CompanySchema>;

// Repeated (?review_status_list=a&review_status_list=b) and comma-separated forms are both accepted.
const StatusListSchema = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((item) => item.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(ReviewStatusSchema));

export const ListCompaniesQuerySchema = PageQuerySchema.extend({
  prospect_search_id: z.uuid({ message: "Must be a UUID" }),
  min_match_score: z.coerce.number().min(0).max(10).optional(),
  review_status: ReviewStatusSchema.optional(),
  review_status_list: StatusListSchema.optional().describe("pending, accepted, rejected; repeat the parameter or separate by commas"),
  search: z.string().trim().min(1).max(200).optional().describe("Matches name, city, business type and contact names/emails"),
});

export type ListCompaniesQuery = z.infer<typeof ListCompaniesQuerySchema>;
