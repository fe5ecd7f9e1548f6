import { z } from "zod";

export const CreateDestinationInputSchema = z
  .object({
    type: z.literal("webhook"),
    url: z.string().min(1).max(2048).describe("Absolute http(s) URL the deliveries are POSTed to"),
    auth_type: z.enum(["bearer", "none"]).default("none"),
    auth_token: z.string().min(1).max(4096).optional().describe("Required when auth_type is bearer; never returned"),
  })
  .strict();

export type CreateDestinationInput = z.input<typeof CreateDestinationInputSchema>;

export const DestinationSchema = z
  .object({
    id: z.uuid(),
    prospect_search_id: z.uuid(),
    type: z.literal("webhook"),
    url: z.string(),
    auth_type: z.enum(["bearer", "none"]),
    status: z.enum(["active", "paused", "disabled"]),
    consecutive_failures: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "WebhookDestination" });

export type Destination = z.infer<typeof DestinationSchema>;

export const CreatedDestinationSchema = DestinationSchema.extend({
  signing_secret: z
    .string()
    .describe("Standard Webhooks secret (whsec_…) to verify webhook-signature. Shown only in this response; store it now."),
});
