import type { SelectType } from "kysely";
import type { DB } from "./generated-tables.ts";

// The row types are generated from the migrated schema (generated-tables.ts, `npm run db:types`);
// what the schema cannot say is given to the generator in row-type-overrides.ts. This file only names them.
export type Database = DB;

export type OrganizationsTable = DB["organizations"];
export type ApiKeysTable = DB["api_keys"];
export type AdminKeysTable = DB["admin_keys"];
export type IdempotencyRecordsTable = DB["idempotency_records"];
export type RateLimitCountersTable = DB["rate_limit_counters"];
export type PriceListTable = DB["price_list"];
export type OrganizationMonthlySpendTable = DB["organization_monthly_spend"];
export type ProspectSearchesTable = DB["prospect_searches"];
export type SearchProfileCreationsTable = DB["search_profile_creations"];
export type BlacklistsTable = DB["blacklists"];
export type BlacklistEntriesTable = DB["blacklist_entries"];
export type ProspectSearchBlacklistsTable = DB["prospect_search_blacklists"];
export type OrdersTable = DB["orders"];
export type OrderCompaniesTable = DB["order_companies"];
export type OrderStatusEventsTable = DB["order_status_events"];
export type CompaniesTable = DB["companies"];
export type CompanyObservationsTable = DB["company_observations"];
export type ProspectsTable = DB["prospects"];
export type CompanyJobsTable = DB["company_jobs"];
export type CompanyTechnologiesTable = DB["company_technologies"];
export type SearchCompaniesTable = DB["search_companies"];
export type DeliveriesTable = DB["deliveries"];
export type WebhookDestinationsTable = DB["webhook_destinations"];
export type WebhookEventsTable = DB["webhook_events"];
export type WebhookAttemptsTable = DB["webhook_attempts"];
export type HostPolitenessTable = DB["host_politeness"];
export type SuppressionsTable = DB["suppressions"];
export type ErasureRequestsTable = DB["erasure_requests"];
export type CompanyMergeCandidatesTable = DB["company_merge_candidates"];
export type CompanyImportsTable = DB["company_imports"];
export type CompanySourceRecordsTable = DB["company_source_records"];
export type DiscoveryExaminationsTable = DB["discovery_examinations"];
export type DiscoveryLeadsTable = DB["discovery_leads"];

// Status unions, as the columns' CHECK constraints allow them.
export type OrderStatus = SelectType<OrdersTable["status"]>;
export type OrderCompanyStatus = SelectType<OrderCompaniesTable["status"]>;
export type SuppressionKind = SuppressionsTable["kind"];
export type SuppressionReason = SelectType<SuppressionsTable["reason"]>;
export type ImportFormat = CompanyImportsTable["format"];
export type ImportStatus = SelectType<CompanyImportsTable["status"]>;
