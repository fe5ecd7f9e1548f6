// The shapes of the API answers the dashboard reads (a subset of openapi.json's schemas).
export interface FieldSource {
  url: string;
  type: string;
  method: string;
  confidence?: number;
  observed_at: string;
}

export interface Criterion {
  criterion: string;
  matched: boolean | null;
  weight: number;
  evidence: string;
}

export interface Company {
  id: string;
  name: string | null;
  legal_name: string | null;
  legal_form: string | null;
  website: string | null;
  domain: string | null;
  description: string | null;
  address: { street: string | null; postal_code: string | null; city: string | null; region: string | null; country: string | null };
  city: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  registration: { court: string | null; number: string | null; vat_id: string | null };
  founded_year: number | null;
  industry: { name?: string; code?: string | null; label?: string | null } | null;
  match_score: number | null;
  match_explanation: Criterion[];
  review_status: "pending" | "accepted" | "rejected";
  prospect_count: number;
  job_count: number;
  technology_count: number;
  sources: Record<string, FieldSource>;
  updated_at: string;
}

export interface Prospect {
  id: string;
  company_id: string;
  full_name: string;
  title: string | null;
  role_class: string;
  email: string | null;
  email_status: string | null;
  phone: string | null;
  linkedin_url: string | null;
  sources: Record<string, FieldSource>;
  held_because: { source_url: string | null; first_seen_at: string; last_observed_at: string };
}

export interface Job {
  id: string;
  title: string;
  location: string | null;
  employment_type: string | null;
  url: string | null;
  source: string;
  posted_at: string | null;
  last_seen_at: string;
  status: "open" | "closed";
}

export interface Technology {
  id: string;
  name: string;
  categories: string[];
  version: string | null;
  confidence: number;
  last_detected_at: string;
  evidence: { type: string; value: string; url: string }[];
}

export type OrderStatus = "RECEIVED" | "ACCEPTED" | "REJECTED" | "IN_PROGRESS" | "COMPLETED" | "FAILED" | "CANCELLED";

export interface Progress {
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  not_found: number;
  excluded: number;
  examined?: number;
  qualified?: number;
  rejected?: number;
}

export interface Order {
  order_id: string;
  order_type: "ENRICHMENT" | "DISCOVERY";
  status: OrderStatus;
  company_count: number;
  estimated_cost: number | null;
  message: string;
  title: string | null;
  profile_id: string | null;
  features: string[];
  briefing_quantity: number;
  progress: Progress;
  created_at: string;
  updated_at: string;
  organization_id?: string;
  organization_name?: string;
  test_mode?: boolean;
}

export interface OrderResult {
  source_id: string | null;
  position: number;
  status: "PENDING" | "ENRICHED" | "NOT_FOUND" | "EXCLUDED" | "FAILED";
  reason: string | null;
  input: { company_name: string | null; website_url: string | null; city: string | null; country: string | null };
  company: Company | null;
  prospects: Prospect[];
  technologies?: Technology[];
  jobs?: Job[];
  match_score: number | null;
  match_explanation: Criterion[];
}

export interface IcpReading {
  industries: { include: string[]; exclude: string[] };
  countries: string[];
  excluded_countries: string[];
  regions: { name: string; country: string }[];
  cities: string[];
  postal_code_prefixes: string[];
  size: { min: number | null; max: number | null; text: string } | null;
}

export interface ProspectSearch {
  id: string;
  name: string;
  ideal_customer_profile: string;
  seller_offering: string | null;
  target_countries: string[];
  target_cities: string[];
  target_industries: string[];
  excluded_industries: string[];
  contact_roles: string[];
  status: string;
  icp_reading: IcpReading | null;
  qualification_criteria: { id: string; criterion: string; type: string; weight: number; values: string[] }[];
  version: number;
  counts: { companies: number; orders: number };
  updated_at: string;
}

export interface Blacklist {
  id: string;
  name: string;
  description: string | null;
  entry_count: number;
  created_at: string;
}

export interface BlacklistEntry {
  id: string;
  company_name: string | null;
  website_url: string | null;
  domain: string | null;
  city: string | null;
  country: string | null;
  external_id: string | null;
}

export interface Destination {
  id: string;
  url: string;
  auth_type: string;
  status: "active" | "paused" | "disabled";
  consecutive_failures: number;
  created_at: string;
}

export interface DeliveryEvent {
  id: string;
  event_type: string;
  status: "pending" | "delivered" | "failed" | "paused";
  attempts: number;
  created_at: string;
  last_attempt_at: string | null;
  delivered_at: string | null;
  last_error: string | null;
}

export interface Organization {
  id: string;
  name: string;
  rate_limit_tier: string;
  rate_limit_per_hour: number | null;
  auto_accept_max_companies: number;
  created_at: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  mode: "live" | "test";
  preset: string;
  scopes: string[];
  revoked_at: string | null;
  last_used_at: string | null;
  created_at: string;
  key?: string;
}

export interface CompanyImport {
  import_id: string;
  source: string;
  format: string;
  status: "PENDING" | "RUNNING" | "SUCCEEDED" | "FAILED";
  rows_read: number;
  rows_imported: number;
  rows_updated: number;
  rows_rejected: number;
  errors: { line: number; message: string }[];
  failure_reason: string | null;
  created_at: string;
  finished_at: string | null;
}
