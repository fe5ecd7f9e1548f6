import { z } from "zod";
import { PageQuerySchema } from "../pagination.ts";

export const ERASURE_REQUEST_STATUSES = ["pending", "erased", "rejected"] as const;

export const CreateErasureRequestSchema = z
  .object({
    kind: z.enum(["erasure", "objection"]).describe("erasure: GDPR Art. 17; objection: Art. 21 (no further processing)"),
    note: z.string().trim().min(1).max(1000).optional().describe("For the operator; cleared once the request is resolved"),
  })
  .strict();
export type CreateErasureRequest = z.infer<typeof CreateErasureRequestSchema>;

export const ErasureRequestSchema = z
  .object({
    id: z.uuid(),
    prospect_id: z.uuid(),
    company_id: z.uuid(),
    kind: z.enum(["erasure", "objection"]),
    status: z.enum(ERASURE_REQUEST_STATUSES),
    created_at: z.string(),
    resolved_at: z.string().nullable(),
  })
  .meta({ id: "ErasureRequest" });
export type ErasureRequest = z.infer<typeof ErasureRequestSchema>;

/** What the operator's queue shows: the request, whose it is, and the client's note while pending. */
export const QueuedErasureRequestSchema = ErasureRequestSchema.extend({
  organization_id: z.uuid(),
  test_mode: z.boolean(),
  note: z.string().nullable(),
  resolution_note: z.string().nullable(),
}).meta({ id: "QueuedErasureRequest" });
export type QueuedErasureRequest = z.infer<typeof QueuedErasureRequestSchema>;

export const ListErasureRequestsQuerySchema = PageQuerySchema.extend({
  status: z.enum(ERASURE_REQUEST_STATUSES).optional().describe("Default: every status; the queue is status=pending"),
});
export type ListErasureRequestsQuery = z.infer<typeof ListErasureRequestsQuerySchema>;

export const ResolveErasureRequestSchema = z
  .object({
    action: z.enum(["erase", "reject"]).describe("erase: the person is erased everywhere and suppressed; reject: nothing is erased"),
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .strict();
export type ResolveErasureRequest = z.infer<typeof ResolveErasureRequestSchema>;
