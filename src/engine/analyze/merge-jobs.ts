import type { JobFacts } from "../types.ts";

/** One entry per opening: a posting seen on the careers page and in the ATS feed is kept once, ATS first. */
export function mergeJobs(atsJobs: JobFacts[], siteJobs: JobFacts[]): JobFacts[] {
  const seen = new Set<string>();
  const merged: JobFacts[] = [];
  for (const job of [...atsJobs, ...siteJobs]) {
    const key = `${fold(job.title)}|${fold(job.location ?? "")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(job);
  }
  return merged;
}

function fold(value: string): string {
  return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
