import type { Generated } from "kysely";
import type { NullableTimestamp, Timestamp } from "./column-types.ts";

// Row types of the privacy tables (migration 0010): the suppression list and erasure requests.

export type SuppressionKind = "domain" | "email" | "person";
export type SuppressionReason = "erased" | "objection" | "operator";

export interface SuppressionsTable {
  id: string;
  kind: SuppressionKind;
  value_hash: string;
  reason: Generated<SuppressionReason>;
  created_at: Timestamp;
}

export interface ErasureRequestsTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  prospect_id: string;
  company_id: string;
  kind: "erasure" | "objection";
  note: string | null;
  status: Generated<"pending" | "erased" | "rejected">;
  resolution_note: string | null;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
}
