-- Costs that mean something (ADR 0033). The operator's price list holds only the prices an operator
-- set through the admin API; every other item falls back to the configured default.
CREATE TABLE price_list (
  item text PRIMARY KEY, -- 'COMPANY' (per delivered company) or a feature name
  price numeric(14, 2) NOT NULL CHECK (price >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The price of one delivered company under the order's features, fixed when the order is accepted,
-- so a later price change never re-prices running work.
ALTER TABLE orders ADD COLUMN unit_cost numeric(14, 2);
-- Set once a row would pass max_cost or the monthly budget: every later row stops at once.
ALTER TABLE orders ADD COLUMN cost_stop text;

-- A row's cost: reserved while PENDING (before any crawl is spent), charged when ENRICHED, 0 otherwise.
ALTER TABLE order_companies ADD COLUMN cost numeric(14, 2);
-- The calendar month (UTC) whose organization budget the reservation counts against.
ALTER TABLE order_companies ADD COLUMN cost_month date;
CREATE INDEX order_companies_reserved_idx ON order_companies (order_id) WHERE status = 'PENDING' AND cost IS NOT NULL;

ALTER TABLE organizations ADD COLUMN monthly_budget numeric(14, 2) CHECK (monthly_budget >= 0);

-- Charged costs of live orders per organization and month; reservations are summed from PENDING rows.
CREATE TABLE organization_monthly_spend (
  organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
  month date NOT NULL,
  spent numeric(14, 2) NOT NULL DEFAULT 0,
  PRIMARY KEY (organization_id, month)
);
