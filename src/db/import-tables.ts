import type { ColumnType, Generated } from "kysely";
import type { Json, NullableTimestamp, Timestamp } from "./column-types.ts";

// Row types of the company index tables (migrations/0020_company_imports.sql), written by hand.

export type ImportFormat = "generic" | "companies_house" | "gleif" | "osm";
export type ImportStatus = "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
// bigint counters come back from pg as strings; they are written as numbers.
type Counter = ColumnType<string | number, number | undefined, number>;

export interface CompanyImportsTable {
  id: string;
  source: string;
  format: ImportFormat;
  content_type: string;
  default_country: string | null;
  status: Generated<ImportStatus>;
  rows_read: Counter;
  rows_imported: Counter;
  rows_updated: Counter;
  rows_rejected: Counter;
  errors: ColumnType<unknown, string | undefined, string>;
  failure_reason: string | null;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface CompanySourceRecordsTable {
  source: string;
  source_id: string;
  company_id: string;
  import_id: string;
  format: ImportFormat;
  line: ColumnType<string | number | null, number | null | undefined, number | null>;
  fields: Json;
  first_imported_at: Timestamp;
  imported_at: Timestamp;
}

export interface DiscoveryExaminationsTable {
  order_id: string;
  company_id: string;
  outcome: "QUALIFIED" | "BELOW_THRESHOLD" | "UNREACHABLE";
  crawled: boolean;
  score: number | null;
  explanation: ColumnType<unknown, string | undefined, string>;
  reason: string | null;
  examined_at: Timestamp;
}
