import { z } from "zod";

export const TechnologySchema = z
  .object({
    id: z.uuid(),
    company_id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    categories: z.array(z.string()),
    version: z.string().nullable(),
    confidence: z.number().int().describe("0–100"),
    first_detected_at: z.string(),
    last_detected_at: z.string(),
    evidence: z
      .array(z.object({ type: z.string().describe("header, cookie, meta, script, html, dns …"), value: z.string(), url: z.string() }))
      .describe("What matched and on which page"),
  })
  .meta({ id: "Technology" });

export type Technology = z.infer<typeof TechnologySchema>;

export const TechnologySummarySchema = z.object({
  total: z.number().int(),
  by_category: z.array(z.object({ category: z.string(), count: z.number().int() })),
});

export type TechnologySummary = z.infer<typeof TechnologySummarySchema>;
