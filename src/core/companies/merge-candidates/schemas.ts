import { z } from "zod";
import { PageQuerySchema } from "../../pagination.ts";

const STATUSES = ["pending", "merged", "dismissed"] as const;

export const MergeCandidateSchema = z
  .object({
    id: z.uuid(),
    company_id: z.uuid().describe("The company a crawl created for its own domain"),
    candidate_of: z.uuid().describe("The known company (with another domain) it resembles"),
    reason: z.enum(["register", "name_city"]).describe("register: same register number and court; name_city: same name and city"),
    status: z.enum(STATUSES),
    created_at: z.string(),
    resolved_at: z.string().nullable(),
    company: z.object({ domain: z.string().nullable(), name: z.string().nullable() }),
    candidate: z.object({ domain: z.string().nullable(), name: z.string().nullable() }),
  })
  .meta({ id: "MergeCandidate" });
export type MergeCandidate = z.infer<typeof MergeCandidateSchema>;

export const ListMergeCandidatesQuerySchema = PageQuerySchema.extend({
  status: z.enum(STATUSES).optional().describe("Default: every status; the queue is status=pending"),
});
export type ListMergeCandidatesQuery = z.infer<typeof ListMergeCandidatesQuerySchema>;
