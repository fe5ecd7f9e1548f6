import { z } from "zod";
import { employmentTypesInText } from "../employment-type.ts";
import { feedJobFact, parseJsonBody, validItems, type AtsFeed } from "./feed-parser.ts";

const LeverPosting = z.object({
  text: z.string().min(1),
  hostedUrl: z.string().nullish(),
  createdAt: z.number().nullish(),
  categories: z
    .object({ location: z.string().nullish(), team: z.string().nullish(), department: z.string().nullish(), commitment: z.string().nullish() })
    .nullish(),
});

/** Lever postings API: a JSON array of postings. */
export const leverFeed: AtsFeed = {
  ats: "lever",
  defaultBase: "https://api.lever.co",
  path: (account) => `/v0/postings/${encodeURIComponent(account)}?mode=json`,
  parse(body, context) {
    return validItems(parseJsonBody(body), LeverPosting).map((posting) =>
      feedJobFact(context, {
        title: posting.text.trim(),
        location: posting.categories?.location ?? null,
        employmentTypes: employmentTypesInText(posting.categories?.commitment ?? ""),
        department: posting.categories?.department ?? posting.categories?.team ?? null,
        url: posting.hostedUrl ?? null,
        postedAt: posting.createdAt ? new Date(posting.createdAt).toISOString() : null,
      }),
    );
  },
};
