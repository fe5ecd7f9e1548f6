import { sql, type Selectable } from "kysely";
import type { Db } from "../../db/database.ts";
import type { CompaniesTable, SearchCompaniesTable } from "../../db/types.ts";

export type CompanyRow = Selectable<CompaniesTable> &
  Pick<Selectable<SearchCompaniesTable>, "prospect_search_id" | "match_score" | "match_explanation" | "review_status"> & {
    linked_at: string;
    prospect_count: number;
    job_count: number;
    technology_count: number;
  };

/** Companies as one organization sees them: the global facts joined to its search's view of them. */
export function companyRowsQuery(db: Db) {
  return db
    .selectFrom("search_companies as sc")
    .innerJoin("companies as c", "c.id", "sc.company_id")
    .selectAll("c")
    .select(["sc.prospect_search_id", "sc.match_score", "sc.match_explanation", "sc.review_status", "sc.created_at as linked_at"])
    .select(companyCountColumns())
    .where("c.erased_at", "is", null)
    // Guaranteed by a foreign key since migration 0008; kept so no join can show another world's row.
    .whereRef("c.test_mode", "=", "sc.test_mode");
}

/** The counts shown on a company (`c` is the companies alias): people, open jobs, technologies. */
export function companyCountColumns() {
  return [
    sql<number>`(SELECT count(*) FROM prospects p WHERE p.company_id = c.id AND p.erased_at IS NULL)`.as("prospect_count"),
    sql<number>`(SELECT count(*) FROM company_jobs j WHERE j.company_id = c.id AND j.status = 'open')`.as("job_count"),
    sql<number>`(SELECT count(*) FROM company_technologies t WHERE t.company_id = c.id)`.as("technology_count"),
  ];
}
