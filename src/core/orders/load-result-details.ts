import type { Db } from "../../db/database.ts";
import { companyRowsQuery } from "../companies/company-rows.ts";
import { presentCompany } from "../companies/present.ts";
import type { Company } from "../companies/schemas.ts";
import type { Job } from "../jobs/schemas.ts";
import { presentProspect } from "../prospects/present.ts";
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

/** Companies (as the order's search sees them) and the parts the order's features ask for, batched. */
export async function loadResultDetails(db: Db, profileId: string | null, features: string[], companyIds: string[]): Promise<ResultDetails> {
  const wants = (feature: string) => features.includes(feature);
  if (!companyIds.length || !profileId) {
    return { companies: new Map(), prospects: new Map(), technologies: wants("TECHNOLOGIES") ? new Map() : null, jobs: wants("JOBS") ? new Map() : null };
  }
  const [companyRows, prospectRows, technologyRows, jobRows] = await Promise.all([
    companyRowsQuery(db).where("sc.prospect_search_id", "=", profileId).where("sc.company_id", "in", companyIds).execute(),
    wants("CONTACTS") ? db.selectFrom("prospects").selectAll().where("company_id", "in", companyIds).where("erased_at", "is", null).orderBy("full_name").execute() : [],
    wants("TECHNOLOGIES")
      ? db.selectFrom("company_technologies").select(["id", "company_id", "name", "slug", "categories", "version", "confidence", "first_detected_at", "last_detected_at", "evidence"]).where("company_id", "in", companyIds).orderBy("confidence", "desc").execute()
      : [],
    wants("JOBS")
      ? db.selectFrom("company_jobs").select(["id", "company_id", "title", "location", "employment_type", "department", "url", "source", "ats", "posted_at", "first_seen_at", "last_seen_at", "status"]).where("company_id", "in", companyIds).execute()
      : [],
  ]);
  return {
    companies: new Map(companyRows.map((row) => [row.id, presentCompany(row)])),
    prospects: new Map([...groupBy(prospectRows).entries()].map(([id, rows]) => [id, rows.map(presentProspect)])),
    technologies: wants("TECHNOLOGIES") ? groupBy(technologyRows.map((row) => ({ ...row, evidence: Array.isArray(row.evidence) ? (row.evidence as Technology["evidence"]) : [] }))) : null,
    jobs: wants("JOBS") ? groupBy(jobRows) : null,
  };
}
