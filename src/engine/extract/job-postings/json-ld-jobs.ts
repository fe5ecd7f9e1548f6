import { sharedPageDocument } from "../../parse/shared-page-document.ts";
import type { JobFacts, Page } from "../../types.ts";
import { buildJobFact } from "./job-fact.ts";
import { employmentTypesFromSchema } from "./employment-type.ts";
import { schemaLocation } from "./schema-location.ts";

type Node = Record<string, unknown>;

/** JobPosting objects from JSON-LD blocks (plain, arrays, @graph, nested) of one page. */
export function extractJsonLdJobs(page: Page): JobFacts[] {
  const $ = sharedPageDocument(page);
  const jobs: JobFacts[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const parsed = parseJson($(el).text());
    for (const node of jobPostingNodes(parsed)) {
      const job = jobFromNode(node, page.url);
      if (job) jobs.push(job);
    }
  });
  return jobs;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/^<!--|-->$/g, ""));
  } catch {
    return null;
  }
}

function isJobPosting(node: Node): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && /(^|[/:])JobPosting$/i.test(t));
}

function jobPostingNodes(value: unknown, depth = 0): Node[] {
  if (depth > 6 || value == null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap((v) => jobPostingNodes(v, depth + 1));
  const node = value as Node;
  if (isJobPosting(node)) return [node];
  return Object.values(node).flatMap((v) => jobPostingNodes(v, depth + 1));
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.replace(/\s+/g, " ").trim() || null;
  if (value && typeof value === "object" && !Array.isArray(value)) return text((value as Node).name);
  return null;
}

function jobFromNode(node: Node, pageUrl: string): JobFacts | null {
  const title = text(node.title) ?? text(node.name);
  if (!title) return null;
  const hiringOrg = node.hiringOrganization as Node | undefined;
  return buildJobFact({
    title,
    sourceUrl: pageUrl,
    source: "json_ld",
    method: "json_ld",
    confidence: 0.95,
    location: schemaLocation(node.jobLocation) ?? (node.jobLocationType ? "Remote" : null),
    employmentTypes: employmentTypesFromSchema(node.employmentType),
    department: text(node.department) ?? text(hiringOrg?.department) ?? text(node.occupationalCategory),
    url: text(node.url) ?? pageUrl,
    postedAt: text(node.datePosted),
  });
}
