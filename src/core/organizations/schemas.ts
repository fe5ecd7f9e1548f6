import { z } from "zod";
import { RateLimitTierSchema } from "../api-keys/schemas.ts";

export const OrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  rate_limit_tier: RateLimitTierSchema,
  rate_limit_per_hour: z.number().int().nullable().describe("Enterprise hourly limit; null uses the tier default"),
  auto_accept_max_companies: z
    .number()
    .int()
    .describe("Orders with at most this many companies are accepted without review; 0 turns auto-accept off"),
  discovery_crawl_factor: z
    .number()
    .describe("Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity (default 3)"),
  monthly_budget: z
    .number()
    .nullable()
    .describe("Live orders stop delivering once the next company would take the month's costs (UTC calendar month) past this; null: no budget"),
  created_at: z.string(),
  updated_at: z.string(),
});

export type Organization = z.infer<typeof OrganizationSchema>;

export const CreateOrganizationInputSchema = z
  .object({ name: z.string().trim().min(1).max(200), rate_limit_tier: RateLimitTierSchema.optional() })
  .strict();

export const UpdateOrganizationInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    rate_limit_tier: RateLimitTierSchema.optional(),
    rate_limit_per_hour: z.number().int().min(1).max(10_000_000).nullable().optional(),
    auto_accept_max_companies: z.number().int().min(0).max(10_000).optional(),
    // The database bounds it too (0 < factor ≤ 20): a budget of zero crawls would discover nothing. The floor
    // keeps the value inside PostgreSQL's `real` (a denormal such as 1e-189 underflows there and would be a 500).
    discovery_crawl_factor: z.number().min(0.01).max(20).optional(),
    monthly_budget: z.number().min(0).max(1e9).multipleOf(0.01).nullable().optional(),
  })
  .strict();

export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationInputSchema>;
