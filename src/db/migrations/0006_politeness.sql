-- Per-host politeness shared by every worker process: the next moment a request to the host may start.
CREATE TABLE host_politeness (
  host text PRIMARY KEY,
  next_allowed_at timestamptz NOT NULL
);
