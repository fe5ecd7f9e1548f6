import { z } from "zod";
import { CompanySchema } from "../companies/schemas.ts";
import { JobSchema } from "../job-postings/schemas.ts";
import { ProspectSchema } from "../prospects/schemas.ts";
import { TechnologySchema } from "../technologies/schemas.ts";

export const OrderResultSchema = z.object({
  source_id: z.string().nullable().describe("The submitted external_id (null for discovery)"),
  position: z.number().int().describe("Index of the company in the submitted list"),
  status: z.enum(["PENDING", "ENRICHED", "NOT_FOUND", "EXCLUDED", "FAILED"]),
  reason: z.string().nullable(),
  excluded_by_entry_id: z.uuid().nullable(),
  input: z.object({ company_name: z.string().nullable(), website_url: z.string().nullable(), city: z.string().nullable(), country: z.string().nullable() }),
  company: CompanySchema.nullable(),
  prospects: z.array(ProspectSchema),
  technologies: z.array(TechnologySchema).optional(),
  jobs: z.array(JobSchema).optional(),
  match_score: z.number().nullable(),
  match_explanation: z.array(z.unknown()),
});

export type OrderResult = z.infer<typeof OrderResultSchema>;

export const OrderResultsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  cursor: z.string().max(200).optional().describe("From next_cursor; resumes after the last row seen (offset must be 0)"),
  status: z.enum(["PENDING", "ENRICHED", "NOT_FOUND", "EXCLUDED", "FAILED"]).optional(),
});

export type OrderResultsQuery = z.infer<typeof OrderResultsQuerySchema>;
