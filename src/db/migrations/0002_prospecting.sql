-- The prospecting model. Companies, their observations, people, jobs and technologies are global
-- knowledge; everything an organization ordered, searched, blacklisted, reviewed or was delivered
-- is tenant data keyed by (organization_id, test_mode).

CREATE TABLE prospect_searches (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  name text NOT NULL,
  status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'ARCHIVED')),
  ideal_customer_profile text NOT NULL DEFAULT '',
  seller_offering text,
  seller_industry text,
  target_countries text[] NOT NULL DEFAULT '{}',
  target_cities text[] NOT NULL DEFAULT '{}',
  target_industries text[] NOT NULL DEFAULT '{}',
  excluded_industries text[] NOT NULL DEFAULT '{}',
  contact_roles text[] NOT NULL DEFAULT '{}',
  output_language text NOT NULL DEFAULT 'en',
  geo_locations jsonb NOT NULL DEFAULT '[]',
  search_keywords text[] NOT NULL DEFAULT '{}',
  language_config jsonb NOT NULL DEFAULT '{}',
  qualification_criteria jsonb NOT NULL DEFAULT '[]',
  company_extraction_commands jsonb NOT NULL DEFAULT '[]',
  contact_extraction_commands jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX prospect_searches_tenant_idx ON prospect_searches (organization_id, test_mode, created_at);

CREATE TABLE search_profile_creations (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  request jsonb NOT NULL,
  profile_id uuid REFERENCES prospect_searches (id) ON DELETE SET NULL,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_profile_creations_tenant_idx ON search_profile_creations (organization_id, test_mode);

CREATE TABLE blacklists (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  name text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX blacklists_tenant_idx ON blacklists (organization_id, test_mode, created_at);

CREATE TABLE blacklist_entries (
  id uuid PRIMARY KEY,
  blacklist_id uuid NOT NULL REFERENCES blacklists (id) ON DELETE CASCADE,
  company_name text,
  website_url text,
  -- Registrable domain (www., scheme, path, case and subdomains removed).
  domain text,
  city text,
  country text,
  external_id text,
  -- Normalized company name (legal forms, umlauts, punctuation folded) and city, for tiers 3 and 4.
  name_key text,
  city_key text,
  -- What makes two entries "the same" inside one blacklist (duplicates are counted, not stored).
  dedupe_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (blacklist_id, dedupe_key)
);
CREATE INDEX blacklist_entries_list_idx ON blacklist_entries (blacklist_id, created_at, id);
CREATE INDEX blacklist_entries_external_idx ON blacklist_entries (external_id) WHERE external_id IS NOT NULL;
CREATE INDEX blacklist_entries_domain_idx ON blacklist_entries (domain) WHERE domain IS NOT NULL;
CREATE INDEX blacklist_entries_name_idx ON blacklist_entries (name_key, city_key) WHERE name_key IS NOT NULL;

CREATE TABLE prospect_search_blacklists (
  prospect_search_id uuid NOT NULL REFERENCES prospect_searches (id) ON DELETE CASCADE,
  blacklist_id uuid NOT NULL REFERENCES blacklists (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (prospect_search_id, blacklist_id)
);

CREATE TABLE orders (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  order_type text NOT NULL CHECK (order_type IN ('ENRICHMENT', 'DISCOVERY')),
  status text NOT NULL DEFAULT 'RECEIVED'
    CHECK (status IN ('RECEIVED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'FAILED', 'CANCELLED')),
  title text,
  profile_id uuid REFERENCES prospect_searches (id),
  features text[] NOT NULL,
  briefing_quantity integer NOT NULL,
  company_count integer NOT NULL,
  blacklist_ids uuid[] NOT NULL DEFAULT '{}',
  max_cost numeric(14, 2),
  estimated_cost numeric(14, 2),
  actual_cost numeric(14, 2),
  max_age_days integer,
  message text,
  failure_reason text,
  created_by_key_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  accepted_at timestamptz,
  completed_at timestamptz
);
CREATE INDEX orders_tenant_idx ON orders (organization_id, test_mode, created_at DESC, id DESC);
CREATE INDEX orders_status_idx ON orders (status, created_at);

-- One row per input company (ENRICHMENT) or per delivered company (DISCOVERY): the order results.
CREATE TABLE order_companies (
  id uuid PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position integer NOT NULL,
  external_id text,
  company_name text,
  website_url text,
  city text,
  country text,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ENRICHED', 'NOT_FOUND', 'EXCLUDED', 'FAILED')),
  reason text,
  excluded_by_entry_id uuid,
  company_id uuid,
  settled_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (order_id, position)
);
CREATE INDEX order_companies_results_idx ON order_companies (order_id, updated_at, id);

CREATE TABLE order_status_events (
  id uuid PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  from_status text,
  to_status text NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('api_key', 'admin', 'system')),
  actor_id uuid,
  message text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_status_events_order_idx ON order_status_events (order_id, created_at);

CREATE TABLE companies (
  id uuid PRIMARY KEY,
  domain text UNIQUE,
  name text,
  legal_name text,
  legal_form text,
  website text,
  description text,
  business_type text,
  street text,
  postal_code text,
  city text,
  region text,
  country text,
  phone text,
  email text,
  social_links jsonb NOT NULL DEFAULT '[]',
  register_court text,
  register_number text,
  vat_id text,
  founded_year integer,
  employee_count jsonb,
  keywords text[] NOT NULL DEFAULT '{}',
  -- Per field: the observation that won ({field: {url, type, method, confidence, observed_at}}).
  sources jsonb NOT NULL DEFAULT '{}',
  merged_into uuid REFERENCES companies (id),
  erased_at timestamptz,
  crawled_at timestamptz,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX companies_register_idx ON companies (register_number) WHERE register_number IS NOT NULL;
CREATE INDEX companies_name_city_idx ON companies (lower(name), lower(city));

CREATE TABLE company_observations (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  field text NOT NULL,
  value jsonb NOT NULL,
  value_hash text NOT NULL,
  source_url text NOT NULL,
  source_type text NOT NULL,
  method text NOT NULL,
  confidence real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (company_id, field, value_hash, source_url, method)
);
CREATE INDEX company_observations_field_idx ON company_observations (company_id, field);

CREATE TABLE prospects (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  -- Folded full name: one person per company and name.
  person_key text NOT NULL,
  full_name text NOT NULL,
  first_name text,
  last_name text,
  title text,
  role_class text NOT NULL DEFAULT 'other',
  department text,
  email text,
  email_status text CHECK (email_status IS NULL OR email_status IN ('valid', 'invalid', 'accept_all', 'unknown')),
  email_method text,
  email_confidence real,
  phone text,
  linkedin_url text,
  sources jsonb NOT NULL DEFAULT '{}',
  erased_at timestamptz,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (company_id, person_key)
);

CREATE TABLE company_jobs (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  job_key text NOT NULL,
  title text NOT NULL,
  location text,
  employment_type text,
  department text,
  url text,
  source text NOT NULL CHECK (source IN ('json_ld', 'ats', 'careers_page')),
  ats text,
  posted_at timestamptz,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (company_id, job_key)
);

CREATE TABLE company_technologies (
  id uuid PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  categories text[] NOT NULL DEFAULT '{}',
  version text,
  confidence integer NOT NULL CHECK (confidence BETWEEN 0 AND 100),
  evidence jsonb NOT NULL DEFAULT '[]',
  first_detected_at timestamptz NOT NULL DEFAULT now(),
  last_detected_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (company_id, slug)
);

-- The organization's view of a company within one prospect search: score, review, delivery.
CREATE TABLE search_companies (
  prospect_search_id uuid NOT NULL REFERENCES prospect_searches (id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  match_score numeric(4, 2),
  match_explanation jsonb NOT NULL DEFAULT '[]',
  review_status text NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending', 'accepted', 'rejected')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (prospect_search_id, company_id)
);
CREATE INDEX search_companies_tenant_idx ON search_companies (organization_id, test_mode, company_id);
CREATE INDEX search_companies_list_idx ON search_companies (prospect_search_id, created_at, company_id);

-- The delivery feed: what a prospect search delivered (or later withdrew: erased / merged), in order.
CREATE TABLE deliveries (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  prospect_search_id uuid NOT NULL REFERENCES prospect_searches (id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  order_id uuid REFERENCES orders (id) ON DELETE SET NULL,
  event text NOT NULL DEFAULT 'qualified' CHECK (event IN ('qualified', 'erased', 'merged')),
  merged_into uuid,
  delivered_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deliveries_feed_idx ON deliveries (prospect_search_id, delivered_at, id);

CREATE TABLE webhook_destinations (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  prospect_search_id uuid NOT NULL REFERENCES prospect_searches (id) ON DELETE CASCADE,
  type text NOT NULL DEFAULT 'webhook' CHECK (type = 'webhook'),
  url text NOT NULL,
  auth_type text NOT NULL DEFAULT 'none' CHECK (auth_type IN ('bearer', 'none')),
  -- Needed in clear to call the receiver; never returned by the API nor logged.
  auth_token text,
  signing_secret text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'disabled')),
  consecutive_failures integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_destinations_search_idx ON webhook_destinations (prospect_search_id);
