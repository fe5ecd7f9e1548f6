import type { ColumnType, Generated } from "kysely";
import type { Json, NullableTimestamp, Numeric, Timestamp } from "./column-types.ts";

// Row types of the prospecting and delivery tables (migrations 0002 and later).
export interface ProspectSearchesTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  name: string;
  status: Generated<"ACTIVE" | "PAUSED" | "ARCHIVED">;
  ideal_customer_profile: Generated<string>;
  seller_offering: string | null;
  seller_industry: string | null;
  target_countries: Generated<string[]>;
  target_cities: Generated<string[]>;
  target_industries: Generated<string[]>;
  excluded_industries: Generated<string[]>;
  contact_roles: Generated<string[]>;
  output_language: Generated<string>;
  geo_locations: Json;
  search_keywords: Generated<string[]>;
  language_config: Json;
  qualification_criteria: Json;
  company_extraction_commands: Json;
  contact_extraction_commands: Json;
  /** The structured ICP reading (IcpReadingSchema); null for rows created before migration 0026. */
  icp_reading: ColumnType<unknown, string | null | undefined, string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SearchProfileCreationsTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  status: Generated<"PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED">;
  request: Json;
  profile_id: string | null;
  error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BlacklistsTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  name: string;
  description: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BlacklistEntriesTable {
  id: string;
  blacklist_id: string;
  company_name: string | null;
  website_url: string | null;
  domain: string | null;
  city: string | null;
  country: string | null;
  external_id: string | null;
  name_key: string | null;
  city_key: string | null;
  dedupe_key: string;
  created_at: Timestamp;
}

export interface ProspectSearchBlacklistsTable {
  prospect_search_id: string;
  blacklist_id: string;
  created_at: Timestamp;
}

export type OrderStatus = "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";

export interface OrdersTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  order_type: "ENRICHMENT" | "DISCOVERY";
  status: Generated<OrderStatus>;
  title: string | null;
  profile_id: string | null;
  features: string[];
  briefing_quantity: number;
  company_count: number;
  blacklist_ids: Generated<string[]>;
  max_cost: Numeric;
  estimated_cost: Numeric;
  actual_cost: Numeric;
  /** Price of one delivered company, fixed at acceptance; the stop message once a cost limit held (0065). */
  unit_cost: Numeric;
  cost_stop: Generated<string | null>;
  max_age_days: number | null;
  message: string | null;
  failure_reason: string | null;
  created_by_key_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  accepted_at: NullableTimestamp;
  completed_at: NullableTimestamp;
}

export type OrderCompanyStatus = "PENDING" | "ENRICHED" | "NOT_FOUND" | "EXCLUDED" | "FAILED";

export interface OrderCompaniesTable {
  id: string;
  order_id: string;
  position: number;
  external_id: string | null;
  company_name: string | null;
  website_url: string | null;
  city: string | null;
  country: string | null;
  status: Generated<OrderCompanyStatus>;
  reason: string | null;
  excluded_by_entry_id: string | null;
  company_id: string | null;
  settled_at: NullableTimestamp;
  updated_at: Timestamp;
  /** The job run enriching the row and until when its lease holds (0040_order_row_claims.sql). */
  claimed_by: Generated<string | null>;
  claimed_until: NullableTimestamp;
  /** Reserved while PENDING, charged when ENRICHED, 0 otherwise; the budget month it counts in (0065). */
  cost: Numeric;
  cost_month: Generated<string | null>;
}

export interface OrderStatusEventsTable {
  id: string;
  order_id: string;
  from_status: string | null;
  to_status: string;
  actor_type: "api_key" | "admin" | "system";
  actor_id: string | null;
  message: string | null;
  created_at: Timestamp;
}

export interface CompaniesTable {
  id: string;
  /** The world the record belongs to (migration 0008): set once at creation, never changed. */
  test_mode: ColumnType<boolean, boolean | undefined, never>;
  domain: string | null;
  name: string | null;
  legal_name: string | null;
  legal_form: string | null;
  website: string | null;
  description: string | null;
  business_type: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  /** Defaults to []. */
  phones: ColumnType<unknown, string | undefined, string>;
  /** Defaults to []. */
  emails: ColumnType<unknown, string | undefined, string>;
  fax: ColumnType<string | null, string | null | undefined, string | null>;
  social_links: Json;
  register_court: string | null;
  register_number: string | null;
  vat_id: string | null;
  founded_year: number | null;
  employee_count: ColumnType<unknown, string | null | undefined, string | null>;
  keywords: Generated<string[]>;
  /** NACE Rev. 2 codes stated by imported datasets; defaults to []. */
  nace_codes: Generated<string[]>;
  /** NACE Rev. 2 classification with evidence (engine IndustryFacts); null until classified. */
  industry: ColumnType<unknown, string | null | undefined, string | null>;
  sources: Json;
  merged_into: string | null;
  erased_at: NullableTimestamp;
  crawled_at: NullableTimestamp;
  first_seen_at: Timestamp;
  updated_at: Timestamp;
}

export interface CompanyObservationsTable {
  id: string;
  company_id: string;
  field: string;
  value: Json;
  value_hash: string;
  source_url: string;
  source_type: string;
  method: string;
  confidence: number;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface ProspectsTable {
  id: string;
  company_id: string;
  person_key: string;
  full_name: string;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  role_class: Generated<string>;
  department: string | null;
  email: string | null;
  email_status: "valid" | "invalid" | "accept_all" | "unknown" | null;
  email_method: string | null;
  email_confidence: number | null;
  /** For an inferred email: the local-part pattern it was built with ('first.last' …). */
  email_pattern: string | null;
  phone: string | null;
  linkedin_url: string | null;
  sources: Json;
  erased_at: NullableTimestamp;
  first_seen_at: Timestamp;
  /** The last crawl that saw this person: retention counts from here. */
  last_seen_at: Generated<string>;
  updated_at: Timestamp;
}

export interface CompanyJobsTable {
  id: string;
  company_id: string;
  job_key: string;
  title: string;
  location: string | null;
  employment_type: string | null;
  department: string | null;
  url: string | null;
  source: "json_ld" | "ats" | "careers_page";
  ats: string | null;
  posted_at: NullableTimestamp;
  status: Generated<"open" | "closed">;
  first_seen_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface CompanyTechnologiesTable {
  id: string;
  company_id: string;
  slug: string;
  name: string;
  categories: Generated<string[]>;
  version: string | null;
  confidence: number;
  evidence: Json;
  first_detected_at: Timestamp;
  last_detected_at: Timestamp;
}

export interface SearchCompaniesTable {
  prospect_search_id: string;
  company_id: string;
  organization_id: string;
  test_mode: boolean;
  match_score: Numeric;
  match_explanation: Json;
  review_status: Generated<"pending" | "accepted" | "rejected">;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeliveriesTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  prospect_search_id: string;
  company_id: string;
  order_id: string | null;
  event: Generated<"qualified" | "updated" | "erased" | "merged">;
  merged_into: string | null;
  delivered_at: Timestamp;
  /** Fingerprint of the delivered facts (qualified/updated); null for withdrawals and older rows. */
  facts_hash: string | null;
}

export interface WebhookDestinationsTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  prospect_search_id: string;
  type: Generated<"webhook">;
  url: string;
  auth_type: Generated<"bearer" | "none">;
  auth_token: string | null;
  signing_secret: string;
  status: Generated<"active" | "paused" | "disabled">;
  consecutive_failures: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookEventsTable {
  id: string;
  organization_id: string;
  test_mode: boolean;
  destination_id: string;
  event_type: string;
  dedupe_key: string;
  payload: Json;
  status: Generated<"pending" | "delivered" | "failed" | "paused">;
  attempts: Generated<number>;
  next_attempt_at: NullableTimestamp;
  last_attempt_at: NullableTimestamp;
  delivered_at: NullableTimestamp;
  last_error: string | null;
  /** The company the event is about, so erasure finds every payload carrying its data. */
  company_id: string | null;
  created_at: Timestamp;
}

export interface WebhookAttemptsTable {
  id: string;
  event_id: string;
  attempt: number;
  started_at: string;
  duration_ms: number;
  status_code: number | null;
  outcome: "delivered" | "retry" | "failed" | "disabled" | "blocked";
  error: string | null;
  response_excerpt: string | null;
  trigger: Generated<"automatic" | "replay">;
}

export interface HostPolitenessTable {
  host: string;
  next_allowed_at: string;
}
