import { z } from "zod";

export const ORDER_FEATURES = ["COMPANY_DATA", "CONTACTS", "TECHNOLOGIES", "JOBS", "LEGAL_DATA", "MATCH_SCORING"] as const;
export type OrderFeature = (typeof ORDER_FEATURES)[number];
export const ORDER_STATUSES = ["RECEIVED", "ACCEPTED", "REJECTED", "IN_PROGRESS", "COMPLETED", "FAILED", "CANCELLED"] as const;
export const MAX_ORDER_COMPANIES = 10_000;

/**
 * A CRM export writes `null` or "" for a field it has no value for; both mean "absent" here, so
 * one empty cell never rejects a whole order.
 */
function blankableText(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength)
    .nullable()
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const OrderCompanyInputSchema = z
  .object({
    company_name: blankableText(500),
    external_id: blankableText(200),
    website_url: blankableText(2048),
    city: blankableText(200),
    country: blankableText(100),
  })
  .strict();

export const CreateOrderInputSchema = z
  .object({
    order_type: z.enum(["ENRICHMENT", "DISCOVERY"]),
    title: z.string().trim().min(1).max(500).optional(),
    profile_id: z.uuid().optional(),
    profile_name: z.string().trim().min(1).max(200).optional(),
    features: z.array(z.enum(ORDER_FEATURES)).min(1).max(ORDER_FEATURES.length * 2).optional(),
    companies: z.array(OrderCompanyInputSchema).max(MAX_ORDER_COMPANIES).optional(),
    briefing_quantity: z.number().int().min(1).max(MAX_ORDER_COMPANIES).optional(),
    blacklist_ids: z.array(z.uuid()).max(100).optional(),
    max_cost: z.number().min(0).max(1e9).optional(),
    max_age_days: z.number().int().min(0).max(3650).optional().describe("Reuse a company crawled within this many days"),
  })
  .strict();

export type CreateOrderInput = z.infer<typeof CreateOrderInputSchema>;
/** What a caller may send, before blank fields are dropped. */
export type CreateOrderRequest = z.input<typeof CreateOrderInputSchema>;

export const CreateOrderResponseSchema = z.object({
  order_id: z.uuid(),
  order_type: z.enum(["ENRICHMENT", "DISCOVERY"]),
  status: z.enum(ORDER_STATUSES),
  company_count: z.number().int(),
  estimated_cost: z.number().nullable(),
  message: z.string(),
});

export const OrderProgressSchema = z.object({
  total: z.number().int(),
  processed: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  not_found: z.number().int(),
  excluded: z.number().int(),
  examined: z.number().int().optional().describe("DISCOVERY: candidates examined (crawled or with fresh facts) and scored"),
  qualified: z.number().int().optional().describe("DISCOVERY: examined candidates that met the profile"),
  rejected: z.number().int().optional().describe("DISCOVERY: examined candidates that fell short or could not be crawled"),
});

export const OrderSchema = CreateOrderResponseSchema.extend({
  title: z.string().nullable(),
  profile_id: z.uuid().nullable(),
  features: z.array(z.enum(ORDER_FEATURES)),
  briefing_quantity: z.number().int(),
  blacklist_ids: z.array(z.uuid()),
  max_cost: z.number().nullable(),
  actual_cost: z.number().nullable(),
  progress: OrderProgressSchema,
  created_at: z.string(),
  updated_at: z.string(),
  accepted_at: z.string().nullable(),
  completed_at: z.string().nullable(),
});

export type Order = z.infer<typeof OrderSchema>;

export const ListOrdersQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.enum(ORDER_STATUSES).optional(),
  order_type: z.enum(["ENRICHMENT", "DISCOVERY"]).optional(),
});
