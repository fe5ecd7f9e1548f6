-- Discovery candidates that come from no import: companies a crawled site links to (the crawl
-- frontier) and web search results. Per organization and world: a lead found for one organization's
-- order is never another organization's candidate. The company row itself is global knowledge.
CREATE TABLE discovery_leads (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  origin text NOT NULL CHECK (origin IN ('frontier', 'search')),
  -- Provenance: the page that links the company, or the search result's URL.
  source_url text NOT NULL,
  -- The link's text, or the search query that found it.
  detail text,
  -- Peer pages (partners, customers, memberships) and search results rank before other links.
  priority smallint NOT NULL DEFAULT 0,
  order_id uuid REFERENCES orders (id) ON DELETE SET NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organization_id, test_mode, company_id)
);
CREATE INDEX discovery_leads_company_idx ON discovery_leads (company_id);
