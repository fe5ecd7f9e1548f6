import { z } from "zod";
import { CompanySchema } from "../companies/schemas.ts";
import { PageQuerySchema } from "../pagination.ts";
import { ProspectSchema } from "../prospects/schemas.ts";

const DeliveryFields = {
  delivery_id: z.uuid(),
  delivered_at: z.string(),
};

export const QualifiedItemSchema = CompanySchema.extend({
  ...DeliveryFields,
  event: z.literal("qualified"),
  prospects: z.array(ProspectSchema),
}).meta({ id: "DeliveredCompany" });

// A company delivered before whose facts changed since: the same item, to be upserted.
export const UpdatedItemSchema = CompanySchema.extend({
  ...DeliveryFields,
  event: z.literal("updated"),
  prospects: z.array(ProspectSchema),
}).meta({ id: "UpdatedCompany" });

// Withdrawals carry identifiers only: an erased company's data must not travel again.
export const ErasedItemSchema = z
  .object({ id: z.uuid(), prospect_search_id: z.uuid(), ...DeliveryFields, event: z.literal("erased") })
  .meta({ id: "ErasedCompany" });

export const MergedItemSchema = z
  .object({ id: z.uuid(), prospect_search_id: z.uuid(), ...DeliveryFields, event: z.literal("merged"), merged_into: z.uuid() })
  .meta({ id: "MergedCompany" });

export const FeedItemSchema = z.discriminatedUnion("event", [QualifiedItemSchema, UpdatedItemSchema, ErasedItemSchema, MergedItemSchema]);
export type FeedItem = z.infer<typeof FeedItemSchema>;

export const FeedQuerySchema = PageQuerySchema.extend({
  delivered_since: z.iso.datetime({ offset: true, message: "Must be an ISO 8601 date-time" }).optional().describe("Only deliveries after this instant"),
  cursor: z.string().min(1).max(200).optional().describe("next_cursor of the previous page; continues after it (offset must be 0)"),
});

export type FeedQuery = z.infer<typeof FeedQuerySchema>;
