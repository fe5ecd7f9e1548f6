import { sql } from "kysely";
import type { Db } from "../../db/database.ts";

/** Every company merged into this one, directly or through a chain of merges. */
export async function mergedSources(db: Db, companyId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE sources AS (
      SELECT id FROM companies WHERE merged_into = ${companyId}
      UNION SELECT c.id FROM companies c JOIN sources s ON c.merged_into = s.id
    ) SELECT id FROM sources`.execute(db);
  return result.rows.map((row) => row.id);
}
