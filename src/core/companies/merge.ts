import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { appendWithdrawals } from "../deliveries/append-withdrawals.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { recomputeCompanyFields } from "./recompute-fields.ts";

/**
 * Merges a duplicate company into another: evidence, people, jobs, technologies and search links
 * move (the target's rows win on a clash), the duplicate forwards to the target, and every feed that
 * delivered the duplicate gets a `merged` event naming the target.
 */
export async function mergeCompanies(db: Db, fromId: string, intoId: string): Promise<void> {
  if (fromId === intoId) throw new ValidationError([{ field: "into", message: "A company cannot be merged into itself" }]);
  await db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom("companies").select(["id", "test_mode", "erased_at", "merged_into"]).where("id", "in", [fromId, intoId]).forUpdate().execute();
    for (const id of [fromId, intoId]) {
      const row = rows.find((r) => r.id === id);
      if (!row || row.erased_at || row.merged_into) throw new NotFoundError("Company", id);
    }
    if (rows[0].test_mode !== rows[1].test_mode) throw new ConflictError("A test-mode company and a live company cannot be merged", "WORLDS_DIFFER");
    await moveRows(trx, fromId, intoId);
    await appendWithdrawals(trx, fromId, "merged", intoId);
    await trx.updateTable("companies").set({ merged_into: intoId, updated_at: sql<string>`now()` }).where("id", "=", fromId).execute();
    await recomputeCompanyFields(trx, intoId);
  });
}

// Per table, the columns that make a row unique within its company: clashing rows of `from` are dropped.
const MOVES = [
  { table: "company_observations", keys: ["field", "value_hash", "source_url", "method"] },
  { table: "prospects", keys: ["person_key"] },
  { table: "company_jobs", keys: ["job_key"] },
  { table: "company_technologies", keys: ["slug"] },
  { table: "search_companies", keys: ["prospect_search_id"] },
] as const;

async function moveRows(db: Db, fromId: string, intoId: string): Promise<void> {
  for (const { table, keys } of MOVES) {
    const clash = sql.join(keys.map((key) => sql`t.${sql.ref(key)} = ${sql.table(table)}.${sql.ref(key)}`), sql` AND `);
    await sql`DELETE FROM ${sql.table(table)} WHERE company_id = ${fromId}
      AND EXISTS (SELECT 1 FROM ${sql.table(table)} t WHERE t.company_id = ${intoId} AND ${clash})`.execute(db);
    await sql`UPDATE ${sql.table(table)} SET company_id = ${intoId} WHERE company_id = ${fromId}`.execute(db);
  }
}
