-- Resolution that cannot be hijacked (issue 8, part 3): a crawl whose domain differs from the domain
-- of the company it resembles (same register entry, or same name and city) becomes its own company,
-- and the resemblance waits here for an operator instead of merging silently.
CREATE TABLE company_merge_candidates (
  id uuid PRIMARY KEY,
  -- The company the crawl created, and the known company it may be a duplicate of.
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  candidate_of uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  reason text NOT NULL CHECK (reason IN ('register', 'name_city')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'merged', 'dismissed')),
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz,
  UNIQUE (company_id, candidate_of)
);
CREATE INDEX company_merge_candidates_queue_idx ON company_merge_candidates (status, created_at, id);
