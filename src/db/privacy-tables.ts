import type { Generated } from "kysely";
import type { NullableTimestamp, Timestamp } from "./column-types.ts";

// Row types of the privacy tables: the suppression list and erasure requests (0010), merge candidates (0011).

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

export interface CompanyMergeCandidatesTable {
  id: string;
  company_id: string;
  candidate_of: string;
  reason: "register" | "name_city";
  status: Generated<"pending" | "merged" | "dismissed">;
  created_at: Timestamp;
  resolved_at: NullableTimestamp;
}
