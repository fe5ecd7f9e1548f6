-- A result row being enriched is claimed by one job run: a lease the run renews while it works.
-- A run whose lease lapsed (its worker was killed or froze) is resumed by another worker within
-- seconds, and the stale run can no longer settle the row (fencing: settling requires the claim).
ALTER TABLE order_companies ADD COLUMN claimed_by uuid;
ALTER TABLE order_companies ADD COLUMN claimed_until timestamptz;
CREATE INDEX order_companies_lapsed_claims_idx ON order_companies (claimed_until) WHERE status = 'PENDING' AND claimed_by IS NOT NULL;
