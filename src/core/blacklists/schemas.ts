import { z } from "zod";

export const MAX_ENTRIES_PER_REQUEST = 10_000;

export const BlacklistSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    entry_count: z.number().int(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Blacklist" });

export type Blacklist = z.infer<typeof BlacklistSchema>;

export const CreateBlacklistInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

export type CreateBlacklistInput = z.infer<typeof CreateBlacklistInputSchema>;

export const UpdateBlacklistInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    description: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

export type UpdateBlacklistInput = z.infer<typeof UpdateBlacklistInputSchema>;

const optionalText = (max: number) => z.string().max(max).nullable().optional();

export const BlacklistEntryInputSchema = z
  .object({
    company_name: optionalText(500),
    website_url: optionalText(2048),
    city: optionalText(200),
    country: optionalText(100),
    external_id: optionalText(255),
  })
  .strict()
  .describe("At least one of external_id, website_url or company_name; entries without one are reported as invalid");

export type BlacklistEntryInput = z.infer<typeof BlacklistEntryInputSchema>;

export const AddEntriesInputSchema = z
  .object({ entries: z.array(BlacklistEntryInputSchema).min(1).max(MAX_ENTRIES_PER_REQUEST) })
  .strict();

export const AddEntriesResultSchema = z.object({
  added: z.number().int().describe("Entries stored"),
  duplicates: z.number().int().describe("Entries already in the blacklist, or repeated within this request"),
  invalid: z.number().int().describe("Entries skipped; see invalid_entries"),
  invalid_entries: z.array(z.object({ index: z.number().int(), reason: z.string() })),
  warnings: z
    .array(z.object({ index: z.number().int(), reason: z.string() }))
    .describe("Entries stored with a field ignored (a malformed website_url): they still block by name, city or external_id"),
});

export type AddEntriesResult = z.infer<typeof AddEntriesResultSchema>;

export const BlacklistEntrySchema = z
  .object({
    id: z.uuid(),
    company_name: z.string().nullable(),
    website_url: z.string().nullable(),
    domain: z.string().nullable().describe("Registrable domain derived from website_url"),
    city: z.string().nullable(),
    country: z.string().nullable(),
    external_id: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: "BlacklistEntry" });

export type BlacklistEntry = z.infer<typeof BlacklistEntrySchema>;

export const DeleteEntriesInputSchema = z
  .object({ entry_ids: z.array(z.uuid()).min(1).max(MAX_ENTRIES_PER_REQUEST) })
  .strict();

export const DeleteEntriesResultSchema = z.object({ deleted: z.number().int() });

export const AssignBlacklistsInputSchema = z
  .object({ blacklist_ids: z.array(z.uuid()).max(100).describe("Replaces the whole set; [] removes every assignment") })
  .strict();
