-- Webhook events (one per destination and event; its id is the Standard Webhooks `webhook-id`, so a
-- receiver can drop duplicates) and every delivery attempt, for the delivery log and replay.

CREATE TABLE webhook_events (
  id uuid PRIMARY KEY,
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  test_mode boolean NOT NULL,
  destination_id uuid NOT NULL REFERENCES webhook_destinations (id) ON DELETE CASCADE,
  event_type text NOT NULL,
  -- What identifies the event's subject, so the same fact is not queued twice for one destination.
  dedupe_key text NOT NULL,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed', 'paused')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  last_attempt_at timestamptz,
  delivered_at timestamptz,
  last_error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (destination_id, dedupe_key)
);
CREATE INDEX webhook_events_destination_idx ON webhook_events (destination_id, created_at);

CREATE TABLE webhook_attempts (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL REFERENCES webhook_events (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  started_at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  status_code integer,
  outcome text NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed', 'disabled', 'blocked')),
  error text,
  response_excerpt text,
  trigger text NOT NULL DEFAULT 'automatic' CHECK (trigger IN ('automatic', 'replay'))
);
CREATE INDEX webhook_attempts_event_idx ON webhook_attempts (event_id, attempt);
