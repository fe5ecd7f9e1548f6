import { z } from "zod";
import { PRESETS, SCOPES } from "../scopes.ts";

export const RateLimitTierSchema = z.enum(["free", "pro", "enterprise"]);

export const CreateApiKeyInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    preset: z.enum(PRESETS).optional(),
    scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length).optional(),
    test: z.boolean().default(false),
    rate_limit_tier: RateLimitTierSchema.optional(),
    expires_at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export type CreateApiKeyInput = z.input<typeof CreateApiKeyInputSchema>;

export const ApiKeySchema = z.object({
  id: z.uuid(),
  organization_id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("The first characters of the key, to recognise it"),
  mode: z.enum(["live", "test"]),
  preset: z.enum(PRESETS),
  scopes: z.array(z.string()),
  rate_limit_tier: RateLimitTierSchema.nullable(),
  expires_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
  last_used_at: z.string().nullable(),
  created_at: z.string(),
});

export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z.string().describe("The full key. Shown only in this response; store it now."),
});
