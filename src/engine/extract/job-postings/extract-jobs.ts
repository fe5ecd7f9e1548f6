import type { JobFacts, Page } from "../../types.ts";
import { extractCareersPageJobs } from "./careers-page-jobs.ts";
import { CAREERS_PATH } from "./careers-vocabulary.ts";
import { dedupeJobs } from "./dedupe-jobs.ts";
import { extractJsonLdJobs } from "./json-ld-jobs.ts";
import { extractMicrodataJobs } from "./microdata-jobs.ts";
import { siteChromeLinkTexts, withoutChromeTitles } from "./site-chrome-links.ts";

/** Open positions a website advertises: JobPosting markup first, then careers-page listings. */
export function extractJobs(pages: Page[], context: { domain: string | null }): JobFacts[] {
  const html = pages.filter((p) => p.status < 400 && /html|^$/i.test(p.contentType) && isOwnSite(p.url, context.domain));
  const structured = html.flatMap((p) => [...extractJsonLdJobs(p), ...extractMicrodataJobs(p)]);
  const listed = withoutChromeTitles(preferCareersPages(html.flatMap((p) => extractCareersPageJobs(p))), siteChromeLinkTexts(html));
  return dedupeJobs([...structured, ...listed]);
}

// Home-page teasers repeat the careers page in shorter words; when a careers page lists jobs, it rules.
function preferCareersPages(jobs: JobFacts[]): JobFacts[] {
  const onCareersPath = (job: JobFacts): boolean => CAREERS_PATH.test(pathOf(job.provenance.sourceUrl));
  return jobs.some(onCareersPath) ? jobs.filter(onCareersPath) : jobs;
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

function isOwnSite(url: string, domain: string | null): boolean {
  if (!domain) return true;
  try {
    const host = new URL(url).hostname.replace(/^www\./, "");
    const own = domain.replace(/^www\./, "");
    return host === own || host.endsWith("." + own);
  } catch {
    return true;
  }
}
