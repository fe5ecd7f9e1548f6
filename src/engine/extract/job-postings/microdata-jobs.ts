import { sharedPageDocument } from "../../parse/shared-page-document.ts";
import type { JobFacts, Page } from "../../types.ts";
import { buildJobFact } from "./job-fact.ts";
import { employmentTypesFromSchema } from "./employment-type.ts";

/** JobPosting items written as microdata (itemtype schema.org/JobPosting). */
export function extractMicrodataJobs(page: Page): JobFacts[] {
  const $ = sharedPageDocument(page);
  const jobs: JobFacts[] = [];
  $('[itemtype*="JobPosting" i]').each((_, el) => {
    const scope = $(el);
    const prop = (name: string): string | null => {
      const found = scope.find(`[itemprop="${name}"]`).first();
      if (!found.length) return null;
      const value = found.attr("content") ?? found.attr("datetime") ?? found.attr("href") ?? found.text();
      return value.replace(/\s+/g, " ").trim() || null;
    };
    const title = prop("title") ?? prop("name");
    if (!title) return;
    const locality = prop("addressLocality");
    jobs.push(
      buildJobFact({
        title,
        sourceUrl: page.url,
        source: "json_ld",
        method: "microdata",
        confidence: 0.9,
        location: locality ?? prop("jobLocation"),
        employmentTypes: employmentTypesFromSchema(prop("employmentType")),
        department: prop("department") ?? prop("occupationalCategory"),
        url: prop("url") ?? page.url,
        postedAt: prop("datePosted"),
      }),
    );
  });
  return jobs;
}
