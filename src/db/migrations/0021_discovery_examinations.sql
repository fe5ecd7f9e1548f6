-- What a DISCOVERY order examined: one row per candidate with its outcome and score, so progress can
-- say examined / qualified / rejected, a retried job resumes without crawling a candidate twice, and
-- a shortfall can be explained.
CREATE TABLE discovery_examinations (
  order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  outcome text NOT NULL CHECK (outcome IN ('QUALIFIED', 'BELOW_THRESHOLD', 'UNREACHABLE')),
  crawled boolean NOT NULL,
  score real,
  explanation jsonb NOT NULL DEFAULT '[]',
  reason text,
  examined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (order_id, company_id)
);

-- Crawls a DISCOVERY order may spend, as a multiple of its briefing_quantity.
ALTER TABLE organizations ADD COLUMN discovery_crawl_factor real NOT NULL DEFAULT 3
  CHECK (discovery_crawl_factor > 0 AND discovery_crawl_factor <= 20);
