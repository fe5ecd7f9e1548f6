import { load } from "cheerio";
import { defaultExtractors } from "../../src/engine/analyze/default-extractors.ts";
import { releasePageDocuments } from "../../src/engine/parse/release-page-documents.ts";
import type { Page } from "../../src/engine/types.ts";

/** What analyzeCrawl runs per site, minus network (ATS feeds, DNS): every extractor over the pages. */
export function runExtractors(pages: Page[], domain: string, fingerprints: unknown): number {
  const { company } = defaultExtractors.extractCompany(pages, { domain });
  const people = defaultExtractors.extractPeople(pages, { domain, company });
  const jobs = defaultExtractors.extractJobs(pages, { domain });
  const technologies = defaultExtractors.detectTechnologies(pages, fingerprints);
  releasePageDocuments(pages);
  return people.length + jobs.length + technologies.length;
}

/** The baseline: one bare cheerio (htmlparser2) parse of each page. */
export function parseOnly(pages: Page[]): number {
  let nodes = 0;
  for (const page of pages) nodes += load(page.html).root().children().length;
  return nodes;
}
