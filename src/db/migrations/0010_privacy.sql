-- Erasure that erases, suppression that holds, retention that ends (issue 8, part 4).

-- One suppression list for domains, e-mail addresses and people (folded name + company domain).
-- Only SHA-256 hashes are kept: enough to refuse a value again, nothing to read back.
CREATE TABLE suppressions (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('domain', 'email', 'person')),
  value_hash text NOT NULL,
  -- erased: added by an operator erasure; objection: a data subject objected; operator: added by hand.
  reason text NOT NULL DEFAULT 'operator' CHECK (reason IN ('erased', 'objection', 'operator')),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, value_hash)
);
INSERT INTO suppressions (id, kind, value_hash, reason, created_at)
  SELECT gen_random_uuid(), 'domain', domain_hash, CASE WHEN reason IN ('erased', 'objection') THEN reason ELSE 'operator' END, created_at
  FROM suppressed_domains;
DROP TABLE suppressed_domains;

-- Retention: a person not observed again within the retention period is deleted; last_seen_at is
-- the "last observation" every record can show for why it is still held.
ALTER TABLE prospects ADD COLUMN last_seen_at timestamptz;
UPDATE prospects SET last_seen_at = updated_at;
ALTER TABLE prospects ALTER COLUMN last_seen_at SET NOT NULL;
ALTER TABLE prospects ALTER COLUMN last_seen_at SET DEFAULT now();
CREATE INDEX prospects_last_seen_idx ON prospects (last_seen_at);
CREATE INDEX company_observations_last_seen_idx ON company_observations (last_seen_at);

-- The company a webhook event is about, so erasure finds every payload that carries its data.
ALTER TABLE webhook_events ADD COLUMN company_id uuid;
UPDATE webhook_events SET company_id = d.company_id FROM deliveries d WHERE webhook_events.dedupe_key = 'delivery:' || d.id::text;
CREATE INDEX webhook_events_company_idx ON webhook_events (company_id) WHERE company_id IS NOT NULL;

-- A client's erasure or objection request for one prospect, waiting in the operator's queue.
-- No foreign key to prospects: erasure deletes the person, the request stays as the record of it.
CREATE TABLE erasure_requests (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  prospect_id uuid NOT NULL,
  company_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('erasure', 'objection')),
  -- Free text from the client, for the operator; cleared once the request is resolved.
  note text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'erased', 'rejected')),
  resolution_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
CREATE INDEX erasure_requests_queue_idx ON erasure_requests (status, created_at, id);
CREATE UNIQUE INDEX erasure_requests_pending_once_idx ON erasure_requests (organization_id, test_mode, prospect_id) WHERE status = 'pending';
