import type { Generated } from "kysely";
import type { NullableTimestamp, Timestamp } from "./column-types.ts";
import type { ProspectSearchesTable, SearchProfileCreationsTable, BlacklistsTable, BlacklistEntriesTable, ProspectSearchBlacklistsTable, OrdersTable, OrderCompaniesTable, OrderStatusEventsTable, CompaniesTable, CompanyObservationsTable, ProspectsTable, CompanyJobsTable, CompanyTechnologiesTable, SearchCompaniesTable, DeliveriesTable, WebhookDestinationsTable, WebhookEventsTable, WebhookAttemptsTable, HostPolitenessTable } from "./prospecting-tables.ts";
import type { CompanyMergeCandidatesTable, ErasureRequestsTable, SuppressionsTable } from "./privacy-tables.ts";

import type { CompanyImportsTable, CompanySourceRecordsTable, DiscoveryExaminationsTable } from "./import-tables.ts";
import type { DiscoveryLeadsTable } from "./discovery-tables.ts";

// Row types of the tables, written by hand to match migrations/*.sql.
export type * from "./prospecting-tables.ts";
export type * from "./import-tables.ts";

export interface OrganizationsTable {
  id: string;
  name: string;
  rate_limit_tier: Generated<"free" | "pro" | "enterprise">;
  rate_limit_per_hour: number | null;
  auto_accept_max_companies: Generated<number>;
  /** Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity (default 3). */
  discovery_crawl_factor: Generated<number>;
  /** Live orders' costs per calendar month (UTC) may not pass this; null: no budget (0065_costs.sql). */
  monthly_budget: Generated<number | null>;
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
  /** SHA-256 (hex) of the client's Idempotency-Key; response_body is sealed (core/idempotency/sealing.ts). */
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

/** Prices an operator set; other items use the configured default (0065_costs.sql). */
export interface PriceListTable {
  item: string;
  price: number;
  updated_at: Timestamp;
}

export interface OrganizationMonthlySpendTable {
  organization_id: string;
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  spent: Generated<number>;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  admin_keys: AdminKeysTable;
  idempotency_records: IdempotencyRecordsTable;
  rate_limit_counters: RateLimitCountersTable;
  prospect_searches: ProspectSearchesTable;
  search_profile_creations: SearchProfileCreationsTable;
  blacklists: BlacklistsTable;
  blacklist_entries: BlacklistEntriesTable;
  prospect_search_blacklists: ProspectSearchBlacklistsTable;
  orders: OrdersTable;
  order_companies: OrderCompaniesTable;
  order_status_events: OrderStatusEventsTable;
  companies: CompaniesTable;
  company_observations: CompanyObservationsTable;
  prospects: ProspectsTable;
  company_jobs: CompanyJobsTable;
  company_technologies: CompanyTechnologiesTable;
  search_companies: SearchCompaniesTable;
  deliveries: DeliveriesTable;
  webhook_destinations: WebhookDestinationsTable;
  webhook_events: WebhookEventsTable;
  webhook_attempts: WebhookAttemptsTable;
  host_politeness: HostPolitenessTable;
  suppressions: SuppressionsTable;
  erasure_requests: ErasureRequestsTable;
  company_merge_candidates: CompanyMergeCandidatesTable;
  company_imports: CompanyImportsTable;
  company_source_records: CompanySourceRecordsTable;
  discovery_examinations: DiscoveryExaminationsTable;
  discovery_leads: DiscoveryLeadsTable;
  price_list: PriceListTable;
  organization_monthly_spend: OrganizationMonthlySpendTable;
}
