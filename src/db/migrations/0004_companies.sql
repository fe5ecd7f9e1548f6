-- Companies read/write paths: suppression of erased domains, delivery idempotency and the indexes
-- the company list needs. Plain btree only: pg_trgm is not available on every backend (PGlite).

-- An erased company's domain is kept only as a SHA-256 hash, so it is never collected again.
CREATE TABLE suppressed_domains (
  domain_hash text PRIMARY KEY,
  reason text NOT NULL DEFAULT 'erased',
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One 'qualified' delivery per search, company and order, however often the pipeline retries.
CREATE UNIQUE INDEX deliveries_once_per_order_idx ON deliveries (prospect_search_id, company_id, order_id)
  WHERE event = 'qualified';
CREATE INDEX deliveries_company_idx ON deliveries (company_id);

-- Erase and merge find every search that holds a company.
CREATE INDEX search_companies_company_idx ON search_companies (company_id);
-- GET /companies counts a search's companies (with its score and review filters) from this index alone.
CREATE INDEX search_companies_count_idx ON search_companies (prospect_search_id, organization_id, test_mode, review_status, match_score);

CREATE INDEX company_jobs_list_idx ON company_jobs (company_id, status, first_seen_at DESC, id);

-- API timestamps carry milliseconds; feed positions must compare equal to what clients were shown,
-- or a cursor / delivered_since would return the last row again.
ALTER TABLE deliveries ALTER COLUMN delivered_at SET DEFAULT date_trunc('milliseconds', now());
