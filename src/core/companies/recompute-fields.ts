import { sql } from "kysely";
import type { Db } from "../../db/database.ts";
import { BLANK_COMPANY_DATA } from "./blank-columns.ts";
import { COLUMN_NAMES, type ColumnName } from "./column-fields.ts";

export interface FieldSource {
  url: string;
  type: string;
  method: string;
  confidence: number;
  observed_at: string;
}

/**
 * Sets a company's columns from ALL its observations: per field the highest confidence wins, ties go
 * to the most recently seen, so weaker evidence never overwrites stronger. `sources` records the winner.
 */
export async function recomputeCompanyFields(db: Db, companyId: string, options: { clearUnsupported?: boolean } = {}): Promise<void> {
  const winners = await db
    .selectFrom("company_observations")
    .select(["field", "value", "source_url", "source_type", "method", "confidence", "last_seen_at"])
    .distinctOn("field")
    .where("company_id", "=", companyId)
    .where("field", "in", COLUMN_NAMES)
    .orderBy("field")
    .orderBy("confidence", "desc")
    .orderBy("last_seen_at", "desc")
    .execute();
  const columns: Record<string, unknown> = {};
  const sources: Record<string, FieldSource> = {};
  for (const winner of winners) {
    const column = winner.field as ColumnName;
    columns[column] = toColumnValue(column, winner.value);
    sources[column] = {
      url: winner.source_url,
      type: winner.source_type,
      method: winner.method,
      confidence: winner.confidence,
      observed_at: winner.last_seen_at,
    };
  }
  // After evidence was deleted (erasure, retention) a column nothing supports any more is emptied.
  const cleared = options.clearUnsupported ? Object.fromEntries(Object.entries(BLANK_COMPANY_DATA).filter(([column]) => isUnsupported(column, columns))) : {};
  await db
    .updateTable("companies")
    .set({ ...cleared, ...columns, sources: JSON.stringify(sources), updated_at: sql<string>`now()` })
    .where("id", "=", companyId)
    .execute();
}

function isUnsupported(column: string, supported: Record<string, unknown>): boolean {
  return (COLUMN_NAMES as string[]).includes(column) && !(column in supported);
}

function toColumnValue(column: ColumnName, value: unknown): unknown {
  if (column === "social_links" || column === "phones" || column === "emails") return JSON.stringify(Array.isArray(value) ? value : [value]);
  if (column === "keywords") return Array.isArray(value) ? value.map(String) : [String(value)];
  if (column === "industry") return value && typeof value === "object" ? JSON.stringify(value) : null;
  if (column === "founded_year") return Number.isInteger(Number(value)) ? Number(value) : null;
  return value === null ? null : String(value);
}
