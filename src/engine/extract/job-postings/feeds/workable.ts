import { z } from "zod";
import { employmentTypesInText } from "../employment-type.ts";
import { feedJobFact, joinPlace, parseJsonBody, validItems, type AtsFeed } from "./feed-parser.ts";

const WorkableJob = z.object({
  title: z.string().min(1),
  employment_type: z.string().nullish(),
  department: z.string().nullish(),
  url: z.string().nullish(),
  shortlink: z.string().nullish(),
  published_on: z.string().nullish(),
  created_at: z.string().nullish(),
  city: z.string().nullish(),
  country: z.string().nullish(),
  telecommuting: z.boolean().nullish(),
});

/** Workable widget API: `{ name, jobs: [...] }`. */
export const workableFeed: AtsFeed = {
  ats: "workable",
  defaultBase: "https://apply.workable.com",
  path: (account) => `/api/v1/widget/accounts/${encodeURIComponent(account)}`,
  parse(body, context) {
    const data = parseJsonBody(body) as { jobs?: unknown } | null;
    return validItems(data?.jobs, WorkableJob).map((job) =>
      feedJobFact(context, {
        title: job.title.trim(),
        location: joinPlace(job.city, job.country) ?? (job.telecommuting ? "Remote" : null),
        employmentTypes: employmentTypesInText(job.employment_type ?? ""),
        department: job.department ?? null,
        url: job.url ?? job.shortlink ?? null,
        postedAt: job.published_on ?? job.created_at ?? null,
      }),
    );
  },
};
