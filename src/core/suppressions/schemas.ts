import { z } from "zod";
import { PageQuerySchema } from "../pagination.ts";

const Domain = z.string().trim().min(3).max(253).describe("A domain or website URL; its registrable domain is what is suppressed");

// Values arrive in clear over TLS and are hashed at once; only the hash is stored.
export const CreateSuppressionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("email"), email: z.email({ message: "Must be an e-mail address" }).max(320) }).strict(),
  z.object({ kind: z.literal("person"), name: z.string().trim().min(1).max(200), domain: Domain }).strict(),
  z.object({ kind: z.literal("domain"), domain: Domain }).strict(),
]);
export type CreateSuppression = z.infer<typeof CreateSuppressionSchema>;

export const SuppressionSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(["domain", "email", "person"]),
    value_hash: z.string().describe("SHA-256 of the normalized value; the value itself is never stored"),
    reason: z.enum(["erased", "objection", "operator"]),
    created_at: z.string(),
  })
  .meta({ id: "Suppression" });
export type Suppression = z.infer<typeof SuppressionSchema>;

export const ListSuppressionsQuerySchema = PageQuerySchema.extend({
  kind: z.enum(["domain", "email", "person"]).optional(),
});
export type ListSuppressionsQuery = z.infer<typeof ListSuppressionsQuerySchema>;
