import { z } from "zod";
import { isCountryCode, isLanguageCode } from "./iso-codes.ts";

const text = (max: number) => z.string().trim().max(max);
const list = (maxItems: number) => z.array(z.string().trim().min(1).max(200)).max(maxItems);

export const CreateSearchProfileInputSchema = z
  .object({
    profile_name: text(200).min(1),
    ideal_customer_profile: text(5000).min(1).describe("Free text; keywords, size and criteria are derived from it"),
    seller_offering: text(2000).optional(),
    seller_industry: text(200).optional(),
    target_countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, "Must be an ISO 3166-1 alpha-2 country code in upper case, e.g. DE").refine(isCountryCode, "Must be an ISO 3166-1 alpha-2 country code in upper case, e.g. DE"))
      .max(100)
      .default([]),
    target_cities: list(200).default([]),
    target_industries: list(100).default([]),
    excluded_industries: list(100).default([]),
    contact_roles: list(100).default([]),
    output_language: z.string().regex(/^[a-z]{2}$/, "Must be an ISO 639-1 language code in lower case, e.g. en").refine(isLanguageCode, "Must be an ISO 639-1 language code in lower case, e.g. en").default("en"),
  })
  .strict();

export type CreateSearchProfileInput = z.infer<typeof CreateSearchProfileInputSchema>;

export const SEARCH_PROFILE_CREATION_STATUSES = ["PENDING", "RUNNING", "SUCCEEDED", "FAILED"] as const;

export const SearchProfileCreationSchema = z
  .object({
    profile_creation_id: z.uuid(),
    status: z.enum(SEARCH_PROFILE_CREATION_STATUSES),
    profile_id: z.uuid().nullable().describe("The prospect search id, once SUCCEEDED"),
    error: z.string().nullable().describe("Why it failed, once FAILED; retry with a new Idempotency-Key"),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "SearchProfileCreation" });

export type SearchProfileCreation = z.infer<typeof SearchProfileCreationSchema>;

export const SearchProfileCreationAcceptedSchema = z.object({
  profile_creation_id: z.uuid(),
  status: z.literal("PENDING"),
});
