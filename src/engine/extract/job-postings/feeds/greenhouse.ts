import { z } from "zod";
import { feedJobFact, parseJsonBody, validItems, type AtsFeed } from "./feed-parser.ts";

const GreenhouseJob = z.object({
  title: z.string().min(1),
  absolute_url: z.string().nullish(),
  updated_at: z.string().nullish(),
  first_published: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  departments: z.array(z.object({ name: z.string().nullish() })).nullish(),
});

/** Greenhouse job board API: `{ jobs: [...] }`. */
export const greenhouseFeed: AtsFeed = {
  ats: "greenhouse",
  defaultBase: "https://boards-api.greenhouse.io",
  path: (account) => `/v1/boards/${encodeURIComponent(account)}/jobs`,
  parse(body, context) {
    const data = parseJsonBody(body) as { jobs?: unknown } | null;
    return validItems(data?.jobs, GreenhouseJob).map((job) =>
      feedJobFact(context, {
        title: job.title.trim(),
        location: job.location?.name ?? null,
        department: job.departments?.[0]?.name ?? null,
        url: job.absolute_url ?? null,
        postedAt: job.first_published ?? job.updated_at ?? null,
      }),
    );
  },
};
