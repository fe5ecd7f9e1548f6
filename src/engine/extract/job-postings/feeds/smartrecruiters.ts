import { z } from "zod";
import { employmentTypesInText } from "../employment-type.ts";
import { feedJobFact, joinPlace, parseJsonBody, validItems, type AtsFeed } from "./feed-parser.ts";

const Labelled = z.object({ label: z.string().nullish() }).nullish();
const SmartRecruitersPosting = z.object({
  id: z.string().nullish(),
  name: z.string().min(1),
  releasedDate: z.string().nullish(),
  location: z.object({ city: z.string().nullish(), region: z.string().nullish(), country: z.string().nullish(), remote: z.boolean().nullish() }).nullish(),
  department: Labelled,
  typeOfEmployment: Labelled,
});

/** SmartRecruiters postings API: `{ content: [...] }`. */
export const smartRecruitersFeed: AtsFeed = {
  ats: "smartrecruiters",
  defaultBase: "https://api.smartrecruiters.com",
  path: (account) => `/v1/companies/${encodeURIComponent(account)}/postings`,
  parse(body, context) {
    const data = parseJsonBody(body) as { content?: unknown } | null;
    return validItems(data?.content, SmartRecruitersPosting).map((posting) =>
      feedJobFact(context, {
        title: posting.name.trim(),
        location: joinPlace(posting.location?.city, posting.location?.region) ?? (posting.location?.remote ? "Remote" : null),
        employmentTypes: employmentTypesInText(posting.typeOfEmployment?.label ?? ""),
        department: posting.department?.label ?? null,
        url: posting.id ? `https://jobs.smartrecruiters.com/${encodeURIComponent(context.account)}/${posting.id}` : null,
        postedAt: posting.releasedDate ?? null,
      }),
    );
  },
};
