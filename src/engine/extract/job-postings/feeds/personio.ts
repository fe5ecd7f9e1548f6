import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import type { EmploymentType } from "../../../types.ts";
import { employmentTypesInText } from "../employment-type.ts";
import { feedJobFact, validItems, type AtsFeed } from "./feed-parser.ts";

const text = z.union([z.string(), z.number()]).transform(String);
const PersonioPosition = z.object({
  id: text.nullish(),
  name: text.pipe(z.string().min(1)),
  office: text.nullish(),
  department: text.nullish(),
  employmentType: text.nullish(),
  schedule: text.nullish(),
  createdAt: text.nullish(),
});

function personioTypes(employmentType: string | null | undefined, schedule: string | null | undefined): EmploymentType[] {
  const fromSchedule = employmentTypesInText(schedule ?? "");
  const kind = (employmentType ?? "").toLowerCase();
  const special: EmploymentType[] =
    kind === "intern" ? ["INTERN"] : kind === "trainee" ? ["APPRENTICESHIP"] : kind === "freelance" ? ["CONTRACTOR"] : kind === "temporary" ? ["TEMPORARY"] : [];
  return [...new Set([...special, ...fromSchedule])];
}

function positionsOf(body: string): unknown {
  try {
    const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => name === "position" }).parse(body);
    return xml?.["workzag-jobs"]?.position ?? [];
  } catch {
    return [];
  }
}

/** Personio XML feed: `<workzag-jobs><position>…</position></workzag-jobs>`. */
export const personioFeed: AtsFeed = {
  ats: "personio",
  defaultBase: "https://{account}.jobs.personio.de",
  path: () => "/xml",
  parse(body, context) {
    const board = context.feedUrl.replace(/\/xml(?:\?.*)?$/, "");
    return validItems(positionsOf(body), PersonioPosition).map((position) =>
      feedJobFact(context, {
        title: position.name.trim(),
        location: position.office ?? null,
        employmentTypes: personioTypes(position.employmentType, position.schedule),
        department: position.department ?? null,
        url: position.id ? `${board}/job/${position.id}` : null,
        postedAt: position.createdAt ?? null,
      }),
    );
  },
};
