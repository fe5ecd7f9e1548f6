import type { Db } from "../../db/database.ts";
import type { Company } from "../companies/schemas.ts";
import { loadDeliveredCompanies } from "../deliveries/load-delivered-companies.ts";
import type { Job } from "../job-postings/schemas.ts";
import type { Prospect } from "../prospects/schemas.ts";
import type { Technology } from "../technologies/schemas.ts";

export interface ResultDetails {
  companies: Map<string, Company>;
  prospects: Map<string, Prospect[]>;
  technologies: Map<string, Technology[]> | null;
  jobs: Map<string, Job[]> | null;
}

const groupBy = <T extends { company_id: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.company_id, [...(map.get(row.company_id) ?? []), row]);
  return map;
};

/**
 * Companies and people exactly as the feed and webhooks deliver them (`loadDeliveredCompanies`),
 * plus the parts the order's features ask for, batched. An erased company is no result any more.
 */
export async function loadResultDetails(db: Db, profileId: string | null, features: string[], companyIds: string[]): Promise<ResultDetails> {
  const wants = (feature: string) => features.includes(feature);
  if (!companyIds.length || !profileId) {
    return { companies: new Map(), prospects: new Map(), technologies: wants("TECHNOLOGIES") ? new Map() : null, jobs: wants("JOBS") ? new Map() : null };
  }
  const [delivered, technologyRows, jobRows] = await Promise.all([
    loadDeliveredCompanies(db, profileId, companyIds, { withProspects: wants("CONTACTS") }),
    wants("TECHNOLOGIES")
      ? db.selectFrom("company_technologies").select(["id", "company_id", "name", "slug", "categories", "version", "confidence", "first_detected_at", "last_detected_at", "evidence"]).where("company_id", "in", companyIds).orderBy("confidence", "desc").execute()
      : [],
    wants("JOBS")
      ? db.selectFrom("company_jobs").select(["id", "company_id", "title", "location", "employment_type", "department", "url", "source", "ats", "posted_at", "first_seen_at", "last_seen_at", "status"]).where("company_id", "in", companyIds).execute()
      : [],
  ]);
  const present = [...delivered.values()].filter((entry) => !entry.erased);
  return {
    companies: new Map(present.map((entry) => [entry.company.id, entry.company])),
    prospects: new Map(present.map((entry) => [entry.company.id, entry.prospects])),
    technologies: wants("TECHNOLOGIES") ? groupBy(technologyRows.map((row) => ({ ...row, evidence: Array.isArray(row.evidence) ? (row.evidence as Technology["evidence"]) : [] }))) : null,
    jobs: wants("JOBS") ? groupBy(jobRows) : null,
  };
}
