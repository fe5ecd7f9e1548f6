import { z } from "zod";
import type { Db } from "../../db/database.ts";
import type { Tenant } from "../context.ts";
import { newId } from "../ids.ts";
import { readProspectSearchIcp } from "./icp-reading.ts";
import { EditableFieldsSchema, GeoLocationSchema, LanguageConfigSchema, QualificationCriterionSchema } from "./schemas.ts";

export const CreateProspectSearchInputSchema = EditableFieldsSchema.partial()
  .required({ name: true })
  .extend({
    geo_locations: z.array(GeoLocationSchema).optional(),
    search_keywords: z.array(z.string()).optional(),
    language_config: LanguageConfigSchema.optional(),
    qualification_criteria: z.array(QualificationCriterionSchema).optional(),
  });

export type CreateProspectSearchInput = z.input<typeof CreateProspectSearchInputSchema>;

/**
 * Creates a prospect search (= search profile). No public endpoint calls this directly: the
 * search-profile builder does, and so does an ENRICHMENT order with an inline `profile_name`.
 * Pass a transaction as `db` to create it together with something else.
 */
export async function createProspectSearch(db: Db, tenant: Tenant, rawInput: CreateProspectSearchInput): Promise<{ id: string }> {
  const { geo_locations, language_config, qualification_criteria, ...input } = CreateProspectSearchInputSchema.parse(rawInput);
  return db
    .insertInto("prospect_searches")
    .values({
      ...input,
      id: newId(),
      organization_id: tenant.organizationId,
      test_mode: tenant.testMode,
      seller_offering: input.seller_offering ?? null,
      seller_industry: input.seller_industry ?? null,
      geo_locations: JSON.stringify(geo_locations ?? []),
      language_config: JSON.stringify(language_config ?? { output_language: input.output_language ?? "en", search_languages: [] }),
      qualification_criteria: JSON.stringify(qualification_criteria ?? []),
      company_extraction_commands: JSON.stringify([]),
      contact_extraction_commands: JSON.stringify([]),
      icp_reading: JSON.stringify(readProspectSearchIcp(input)),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}
