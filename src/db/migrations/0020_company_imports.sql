-- Operator imports of open company data (registers, LEI, OpenStreetMap) into the global company index,
-- and the discovery candidates that do not come from an import (crawl frontier, web search).

CREATE TABLE company_imports (
  id uuid PRIMARY KEY,
  source text NOT NULL,
  format text NOT NULL CHECK (format IN ('generic', 'companies_house', 'gleif', 'osm')),
  content_type text NOT NULL,
  -- Rows without a country of their own (OpenStreetMap extracts rarely carry addr:country) take this one.
  default_country text,
  status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  rows_read bigint NOT NULL DEFAULT 0,
  rows_imported bigint NOT NULL DEFAULT 0,
  rows_updated bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  -- The first errors only ({line, message}); the counts say how many rows were rejected in all.
  errors jsonb NOT NULL DEFAULT '[]',
  failure_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_imports_created_idx ON company_imports (created_at DESC, id DESC);

-- One row per dataset record: makes re-imports idempotent per (source, source_id) and keeps the
-- provenance of every imported field (which dataset, which row, when).
CREATE TABLE company_source_records (
  source text NOT NULL,
  source_id text NOT NULL,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  import_id uuid NOT NULL REFERENCES company_imports (id),
  format text NOT NULL,
  line bigint,
  fields jsonb NOT NULL,
  first_imported_at timestamptz NOT NULL,
  imported_at timestamptz NOT NULL,
  PRIMARY KEY (source, source_id)
);
CREATE INDEX company_source_records_company_idx ON company_source_records (company_id);

-- NACE Rev. 2 codes a dataset states for the company ("62", "62.01", "F"): the discovery pre-filter.
ALTER TABLE companies ADD COLUMN nace_codes text[] NOT NULL DEFAULT '{}';
CREATE INDEX companies_country_idx ON companies (upper(country)) WHERE erased_at IS NULL AND merged_into IS NULL;
