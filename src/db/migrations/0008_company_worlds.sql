-- Test mode is a separate world. A company record (and everything hanging off it: observations,
-- people, jobs, technologies) belongs to exactly one world; test keys resolve, create, read and
-- discover only test-world companies, live keys only live ones. Demonstration facts therefore never
-- reach a live organization, and live crawls never reach a test key.
ALTER TABLE companies ADD COLUMN test_mode boolean NOT NULL DEFAULT false;

-- Existing rows: a company that only test-mode tenants ever held or were delivered is test data.
UPDATE companies c SET test_mode = true
WHERE (EXISTS (SELECT 1 FROM search_companies sc WHERE sc.company_id = c.id AND sc.test_mode)
    OR EXISTS (SELECT 1 FROM deliveries d WHERE d.company_id = c.id AND d.test_mode))
  AND NOT EXISTS (SELECT 1 FROM search_companies sc WHERE sc.company_id = c.id AND NOT sc.test_mode)
  AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.company_id = c.id AND NOT d.test_mode);
-- A company both worlds shared stays live; the test world loses its links to it (demonstration
-- data is disposable, a test key re-runs its order). A merge never crosses worlds.
DELETE FROM search_companies sc USING companies c WHERE c.id = sc.company_id AND sc.test_mode <> c.test_mode;
DELETE FROM deliveries d USING companies c WHERE c.id = d.company_id AND d.test_mode <> c.test_mode;
UPDATE companies c SET merged_into = NULL FROM companies t WHERE t.id = c.merged_into AND t.test_mode <> c.test_mode;

-- One company per registrable domain per world.
ALTER TABLE companies DROP CONSTRAINT companies_domain_key;
CREATE UNIQUE INDEX companies_domain_world_idx ON companies (domain, test_mode);
DROP INDEX companies_register_idx;
CREATE INDEX companies_register_idx ON companies (test_mode, register_number) WHERE register_number IS NOT NULL;
DROP INDEX companies_name_city_idx;
CREATE INDEX companies_name_city_idx ON companies (test_mode, lower(name), lower(city));

-- The database itself refuses a link across worlds: a search, a delivery or a merge can only point
-- at a company of its own world.
ALTER TABLE companies ADD CONSTRAINT companies_id_world_key UNIQUE (id, test_mode);
ALTER TABLE companies ADD CONSTRAINT companies_merged_into_same_world
  FOREIGN KEY (merged_into, test_mode) REFERENCES companies (id, test_mode);
ALTER TABLE search_companies ADD CONSTRAINT search_companies_company_same_world
  FOREIGN KEY (company_id, test_mode) REFERENCES companies (id, test_mode) ON DELETE CASCADE;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_company_same_world
  FOREIGN KEY (company_id, test_mode) REFERENCES companies (id, test_mode) ON DELETE CASCADE;
