import type { JobFacts } from "../types.ts";
import { titleKey } from "../extract/job-postings/dedupe-jobs.ts";
import { foldText } from "../text/fold.ts";

/** One entry per opening: a posting seen on the careers page and in the ATS feed is kept once, ATS first. */
export function mergeJobs(atsJobs: JobFacts[], siteJobs: JobFacts[]): JobFacts[] {
  const seen = new Set<string>();
  const merged: JobFacts[] = [];
  for (const job of [...atsJobs, ...siteJobs]) {
    const key = `${titleKey(job.title)}|${foldText(job.location ?? "")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(job);
  }
  return merged;
}
