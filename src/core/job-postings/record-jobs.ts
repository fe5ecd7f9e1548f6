import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import type { JobFacts } from "../../engine/types.ts";
import { foldText } from "../../engine/text/fold.ts";
import { newId } from "../ids.ts";

/** Same title at the same place is the same opening, whatever its URL does between crawls. */
export function jobKey(job: Pick<JobFacts, "title" | "location">): string {
  return `${foldText(job.title)}|${foldText(job.location ?? "")}`;
}

/**
 * Records a crawl's job listings: seen ones are `open` with a fresh last_seen_at, and open ones this
 * crawl no longer shows are `closed` — the crawl is the company's full current list.
 */
export async function recordJobs(db: Db, companyId: string, jobs: JobFacts[], seenAt: string): Promise<void> {
  const unique = new Map(jobs.filter((job) => job.title.trim()).map((job) => [jobKey(job), job]));
  const rows = [...unique].map(([key, job]) => ({
    id: newId(),
    company_id: companyId,
    job_key: key,
    title: job.title.trim(),
    location: job.location,
    employment_type: job.employment_type,
    department: job.department,
    url: job.url,
    source: job.source,
    ats: job.ats,
    posted_at: job.posted_at,
    status: "open" as const,
    first_seen_at: seenAt,
    last_seen_at: seenAt,
  }));
  if (rows.length) {
    await db
      .insertInto("company_jobs")
      .values(rows)
      .onConflict((oc) =>
        oc.columns(["company_id", "job_key"]).doUpdateSet({
          title: sql<string>`excluded.title`,
          employment_type: sql<string>`coalesce(excluded.employment_type, company_jobs.employment_type)`,
          department: sql<string>`coalesce(excluded.department, company_jobs.department)`,
          url: sql<string>`coalesce(excluded.url, company_jobs.url)`,
          source: sql<"ats">`excluded.source`,
          ats: sql<string>`coalesce(excluded.ats, company_jobs.ats)`,
          posted_at: sql<string>`coalesce(excluded.posted_at, company_jobs.posted_at)`,
          status: "open",
          last_seen_at: sql<string>`greatest(company_jobs.last_seen_at, excluded.last_seen_at)`,
        }),
      )
      .execute();
  }
  let closing = db.updateTable("company_jobs").set({ status: "closed" }).where("company_id", "=", companyId).where("status", "=", "open");
  if (unique.size) closing = closing.where("job_key", "not in", [...unique.keys()]);
  await closing.execute();
}
