import { z } from "zod";
import { PageQuerySchema } from "../pagination.ts";

export const JobSchema = z
  .object({
    id: z.uuid(),
    company_id: z.uuid(),
    title: z.string(),
    location: z.string().nullable(),
    employment_type: z.string().nullable(),
    department: z.string().nullable(),
    url: z.string().nullable(),
    source: z.enum(["json_ld", "ats", "careers_page"]),
    ats: z.string().nullable().describe("greenhouse, lever, personio, workable, recruitee …"),
    posted_at: z.string().nullable(),
    first_seen_at: z.string(),
    last_seen_at: z.string(),
    status: z.enum(["open", "closed"]),
  })
  .meta({ id: "Job" });

export type Job = z.infer<typeof JobSchema>;

export const ListJobsQuerySchema = PageQuerySchema.extend({ status: z.enum(["open", "closed"]).optional() });
export type ListJobsQuery = z.infer<typeof ListJobsQuerySchema>;

const CountSchema = z.number().int();

export const JobsSummarySchema = z.object({
  open_count: CountSchema,
  by_department: z.array(z.object({ department: z.string().nullable(), count: CountSchema })).describe("Open jobs"),
  by_location: z.array(z.object({ location: z.string().nullable(), count: CountSchema })).describe("Open jobs"),
  new_last_30_days: CountSchema.describe("Jobs first seen in the last 30 days"),
});

export type JobsSummary = z.infer<typeof JobsSummarySchema>;
