import { z } from "zod";

export const DeliveryEventSchema = z.enum(["qualified", "updated", "erased", "merged"]);

export const DeliverySchema = z.object({
  id: z.uuid(),
  prospect_search_id: z.uuid(),
  company_id: z.uuid(),
  order_id: z.uuid().nullable(),
  event: DeliveryEventSchema,
  merged_into: z.uuid().nullable(),
  delivered_at: z.string(),
});

export type Delivery = z.infer<typeof DeliverySchema>;
