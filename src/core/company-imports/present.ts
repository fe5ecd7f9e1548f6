import type { Selectable } from "kysely";
import type { CompanyImportsTable } from "../../db/types.ts";
import type { CompanyImport } from "./schemas.ts";

export function presentImport(row: Selectable<CompanyImportsTable>): CompanyImport {
  return {
    import_id: row.id,
    source: row.source,
    format: row.format,
    status: row.status,
    rows_read: Number(row.rows_read),
    rows_imported: Number(row.rows_imported),
    rows_updated: Number(row.rows_updated),
    rows_rejected: Number(row.rows_rejected),
    errors: (row.errors as CompanyImport["errors"]) ?? [],
    failure_reason: row.failure_reason,
    created_at: row.created_at,
    started_at: row.started_at,
    finished_at: row.finished_at,
  };
}
