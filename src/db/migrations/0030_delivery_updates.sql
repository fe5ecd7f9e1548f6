-- A company enriched again whose delivered facts changed is delivered again as an 'updated' event
-- (feed item and delivery.company_updated webhook). facts_hash is what the client received, so an
-- unchanged re-crawl delivers nothing new.
ALTER TABLE deliveries ADD COLUMN facts_hash text;
ALTER TABLE deliveries DROP CONSTRAINT deliveries_event_check;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_event_check CHECK (event IN ('qualified', 'updated', 'erased', 'merged'));
-- One update per search, company and order, however often the pipeline retries.
CREATE UNIQUE INDEX deliveries_update_once_per_order_idx ON deliveries (prospect_search_id, company_id, order_id)
  WHERE event = 'updated';
