import { z } from "zod";
import type { EmploymentType } from "../../../types.ts";
import { feedJobFact, parseJsonBody, validItems, type AtsFeed } from "./feed-parser.ts";

const RecruiteeOffer = z.object({
  title: z.string().min(1),
  location: z.string().nullish(),
  city: z.string().nullish(),
  department: z.string().nullish(),
  employment_type_code: z.string().nullish(),
  careers_url: z.string().nullish(),
  url: z.string().nullish(),
  published_at: z.string().nullish(),
});

const TYPE_CODES: Record<string, EmploymentType> = {
  fulltime: "FULL_TIME",
  fulltime_permanent: "FULL_TIME",
  fulltime_fixed_term: "FULL_TIME",
  parttime: "PART_TIME",
  parttime_permanent: "PART_TIME",
  parttime_fixed_term: "PART_TIME",
  internship: "INTERN",
  traineeship: "APPRENTICESHIP",
  apprenticeship: "APPRENTICESHIP",
  freelance: "CONTRACTOR",
  contract: "CONTRACTOR",
  temporary: "TEMPORARY",
  volunteer: "VOLUNTEER",
};

/** Recruitee offers API: `{ offers: [...] }`. */
export const recruiteeFeed: AtsFeed = {
  ats: "recruitee",
  defaultBase: "https://{account}.recruitee.com",
  path: () => "/api/offers/",
  parse(body, context) {
    const data = parseJsonBody(body) as { offers?: unknown } | null;
    return validItems(data?.offers, RecruiteeOffer).map((offer) => {
      const type = TYPE_CODES[(offer.employment_type_code ?? "").toLowerCase()];
      return feedJobFact(context, {
        title: offer.title.trim(),
        location: offer.location ?? offer.city ?? null,
        employmentTypes: type ? [type] : [],
        department: offer.department ?? null,
        url: offer.careers_url ?? offer.url ?? null,
        postedAt: offer.published_at ?? null,
      });
    });
  },
};
