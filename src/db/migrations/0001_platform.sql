-- Organizations, their API keys, operator keys, and the HTTP plumbing state that several API
-- processes must share (idempotency records, rate-limit counters).

CREATE TABLE organizations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  rate_limit_tier text NOT NULL DEFAULT 'free' CHECK (rate_limit_tier IN ('free', 'pro', 'enterprise')),
  -- Enterprise limits are configured per organization; null means the tier default.
  rate_limit_per_hour integer CHECK (rate_limit_per_hour IS NULL OR rate_limit_per_hour > 0),
  auto_accept_max_companies integer NOT NULL DEFAULT 0 CHECK (auto_accept_max_companies >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- SHA-256 of the whole key; the key itself is shown once and never stored.
  key_hash text NOT NULL UNIQUE,
  -- e.g. "lnc_live_Ab3x", enough for a person to recognise the key in a list.
  display_prefix text NOT NULL,
  test_mode boolean NOT NULL,
  preset text NOT NULL,
  scopes text[] NOT NULL,
  rate_limit_tier text CHECK (rate_limit_tier IS NULL OR rate_limit_tier IN ('free', 'pro', 'enterprise')),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_keys_organization_idx ON api_keys (organization_id, created_at);

CREATE TABLE admin_keys (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  key_hash text NOT NULL UNIQUE,
  display_prefix text NOT NULL,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE idempotency_records (
  -- The principal (API key or admin key) the Idempotency-Key belongs to.
  principal_id uuid NOT NULL,
  idempotency_key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  state text NOT NULL CHECK (state IN ('in_flight', 'completed')),
  response_status integer,
  response_body text,
  response_content_type text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (principal_id, idempotency_key)
);
CREATE INDEX idempotency_records_created_idx ON idempotency_records (created_at);

CREATE TABLE rate_limit_counters (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limit_counters_window_idx ON rate_limit_counters (window_start);
