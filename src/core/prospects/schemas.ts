import { z } from "zod";
import { SourcesSchema } from "../companies/schemas.ts";
import { PageQuerySchema } from "../pagination.ts";

export const ROLE_CLASSES = ["owner", "managing_director", "executive", "manager", "employee", "content_responsible", "other"] as const;

export const InferredEmailSchema = z
  .object({
    address: z.string(),
    method: z.literal("pattern").describe("Built like the other personal addresses published on the company's website"),
    pattern: z.string().nullable().describe("The local-part pattern, e.g. first.last, f.last, firstlast"),
    confidence: z.number().nullable().describe("0–1"),
  })
  .meta({ id: "InferredEmail" });

export const ProspectSchema = z
  .object({
    id: z.uuid(),
    company_id: z.uuid(),
    full_name: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    title: z.string().nullable(),
    role_class: z.string().describe(ROLE_CLASSES.join(", ")),
    department: z.string().nullable(),
    email: z.string().nullable().describe("An address published on the company's website; guesses are in inferred_email"),
    email_status: z.enum(["valid", "invalid", "accept_all", "unknown"]).nullable(),
    inferred_email: InferredEmailSchema.nullable().describe("A guessed address when none was published; never verified as found"),
    phone: z.string().nullable(),
    linkedin_url: z.string().nullable(),
    sources: SourcesSchema,
    held_because: z
      .object({
        source_url: z.string().nullable().describe("The page that named this person"),
        first_seen_at: z.string(),
        last_observed_at: z.string().describe("Last crawl that saw them; retention deletes them when this grows older than the installation's period"),
      })
      .describe("Why this personal data is still held (GDPR Art. 14: source; retention: last observation)"),
  })
  .meta({ id: "Prospect" });

export type Prospect = z.infer<typeof ProspectSchema>;

export const ListProspectsQuerySchema = PageQuerySchema.extend({
  company_id: z.uuid({ message: "Must be a UUID" }).optional(),
  prospect_search_id: z.uuid({ message: "Must be a UUID" }).optional(),
  role_class: z.enum(ROLE_CLASSES).optional(),
  search: z.string().trim().min(1).max(200).optional().describe("Matches name, title and email"),
});

export type ListProspectsQuery = z.infer<typeof ListProspectsQuerySchema>;
