import type { ColumnType, Generated } from "kysely";

// Row types of the tables, written by hand to match migrations/*.sql.
// Timestamps are parsed to ISO strings by db/pool.ts.
type Timestamp = ColumnType<string, string | undefined, string>;
type NullableTimestamp = ColumnType<string | null, string | null | undefined, string | null>;

export interface OrganizationsTable {
  id: string;
  name: string;
  rate_limit_tier: Generated<"free" | "pro" | "enterprise">;
  rate_limit_per_hour: number | null;
  auto_accept_max_companies: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApiKeysTable {
  id: string;
  organization_id: string;
  name: string;
  key_hash: string;
  display_prefix: string;
  test_mode: boolean;
  preset: string;
  scopes: string[];
  rate_limit_tier: "free" | "pro" | "enterprise" | null;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface AdminKeysTable {
  id: string;
  name: string;
  key_hash: string;
  display_prefix: string;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface IdempotencyRecordsTable {
  principal_id: string;
  idempotency_key: string;
  method: string;
  path: string;
  request_hash: string;
  state: "in_flight" | "completed";
  response_status: number | null;
  response_body: string | null;
  response_content_type: string | null;
  created_at: Timestamp;
}

export interface RateLimitCountersTable {
  bucket: string;
  window_start: string;
  hits: number;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  admin_keys: AdminKeysTable;
  idempotency_records: IdempotencyRecordsTable;
  rate_limit_counters: RateLimitCountersTable;
}
