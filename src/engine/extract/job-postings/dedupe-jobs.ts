import { distance } from "fastest-levenshtein";
import type { JobFacts } from "../../types.ts";
import { foldText } from "../../text/fold.ts";
import { stripGenderMarkers } from "./gender-marker.ts";

const SOURCE_RANK: Record<JobFacts["source"], number> = { json_ld: 3, ats: 2, careers_page: 1 };

/** Title reduced for comparison: no gender markers, accents, case or punctuation. Also mergeJobs' key. */
export function titleKey(title: string): string {
  return foldText(stripGenderMarkers(title));
}

function sameTitle(a: string, b: string): boolean {
  if (a === b) return true;
  if (1 - distance(a, b) / Math.max(a.length, b.length) >= 0.85) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 10 && long.startsWith(short + " ") && long.slice(short.length).trim().split(" ").length <= 2;
}

function sameJob(a: JobFacts, b: JobFacts): boolean {
  if (!sameTitle(titleKey(a.title), titleKey(b.title))) return false;
  return !(a.location && b.location && foldText(a.location) !== foldText(b.location));
}

function richness(job: JobFacts): number {
  const filled = [job.location, job.employment_type, job.department, job.url, job.posted_at].filter(Boolean).length;
  return SOURCE_RANK[job.source] * 10 + filled;
}

function merge(keep: JobFacts, other: JobFacts): JobFacts {
  const types = keep.employment_types?.length ? keep.employment_types : other.employment_types;
  return {
    ...keep,
    title: moreSpecificTitle(keep.title, other.title),
    location: keep.location ?? other.location,
    employment_type: keep.employment_type ?? other.employment_type,
    employment_types: types ?? [],
    department: keep.department ?? other.department,
    url: keep.url ?? other.url,
    posted_at: keep.posted_at ?? other.posted_at,
  };
}

// Structured data often carries the short title ("CNC Machinist") while the card shows the full one
// ("CNC Machinist — Setup & Programming"); the reader sees the longer one, so that is the title kept.
function moreSpecificTitle(kept: string, other: string): string {
  return titleKey(other).startsWith(titleKey(kept) + " ") ? other : kept;
}

/** One job per position: the same title on a list page and its detail page becomes the richer record. */
export function dedupeJobs(jobs: JobFacts[]): JobFacts[] {
  const out: JobFacts[] = [];
  for (const job of jobs) {
    const at = out.findIndex((existing) => sameJob(existing, job));
    if (at < 0) out.push(job);
    else out[at] = richness(job) > richness(out[at]) ? merge(job, out[at]) : merge(out[at], job);
  }
  return out;
}
