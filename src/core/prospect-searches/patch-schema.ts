import { z } from "zod";
import { IcpReadingSchema } from "./icp-reading.ts";
import { ADMIN_ONLY_FIELDS, EditableFieldsSchema, GeoLocationSchema, READ_ONLY_FIELDS } from "./schemas.ts";

export const PATCHABLE_FIELDS = [...Object.keys(EditableFieldsSchema.shape), "icp_reading", ...ADMIN_ONLY_FIELDS] as unknown as [string, ...string[]];

const readOnly = Object.fromEntries(
  READ_ONLY_FIELDS.filter((field) => field !== "version").map((field) => [
    field,
    z.never({ error: `${field} is read-only` }).optional().describe("Read-only: sending it is a 422"),
  ]),
);

export const UpdateProspectSearchInputSchema = EditableFieldsSchema.partial()
  .extend({
    version: z.number().int().min(1).describe("The version you read; a different current version is 409 VERSION_CONFLICT"),
    update_mask: z
      .array(z.enum(PATCHABLE_FIELDS))
      .max(PATCHABLE_FIELDS.length)
      .optional()
      .describe("Fields to update (AIP-134). Absent: every field present in the body. Listed fields must be present."),
    geo_locations: z.array(GeoLocationSchema).max(500).optional().describe("Admin-only: dropped for API keys, see stripped_fields"),
    search_keywords: z.array(z.string().trim().min(1).max(200)).max(500).optional().describe("Admin-only: dropped for API keys"),
    icp_reading: IcpReadingSchema.optional().describe("Corrects how the ICP was read; kept until an ICP field changes without a new icp_reading"),
    ...readOnly,
  })
  .strict();

export type UpdateProspectSearchInput = z.infer<typeof UpdateProspectSearchInputSchema>;
