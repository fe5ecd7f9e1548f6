-- Bulk load for the GET /api/v1/companies benchmark: 1,000,000 companies, one search of 100,000
-- and 200 searches of 4,500, plus one prospect per ten companies. :org is the organization id.
-- run.ts follows it with VACUUM ANALYZE (as autovacuum would), which cannot run in this batch.
INSERT INTO prospect_searches (id, organization_id, test_mode, name)
SELECT ('5e000000-0000-4000-8000-' || lpad(to_hex(s), 12, '0'))::uuid, :'org', false, 'Search ' || s FROM generate_series(0, 200) AS s;

INSERT INTO companies (id, domain, name, website, city, country, business_type, sources, first_seen_at, updated_at)
SELECT ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       'company-' || i || '.example',
       'Company ' || i || ' ' || (ARRAY['GmbH', 'AG', 'KG', 'Ltd', 'Inc'])[1 + i % 5],
       'https://company-' || i || '.example/',
       (ARRAY['Berlin', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Bremen'])[1 + i % 10],
       'DE',
       (ARRAY['B2B SaaS', 'Bakery', 'Manufacturing', 'Consulting', 'Retail', 'Logistics'])[1 + i % 6],
       '{"name": {"url": "https://example/impressum", "type": "website", "method": "imprint_text", "observed_at": "2024-01-01T00:00:00Z"}}',
       now() - (i || ' seconds')::interval, now()
FROM generate_series(1, 1000000) AS i;

-- Search 0 is the big one (companies 1..100,000); searches 1..200 share the rest.
INSERT INTO search_companies (prospect_search_id, company_id, organization_id, test_mode, match_score, review_status, created_at)
SELECT ('5e000000-0000-4000-8000-' || lpad(to_hex(CASE WHEN i <= 100000 THEN 0 ELSE 1 + (i - 100001) / 4500 END), 12, '0'))::uuid,
       ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, :'org', false,
       (i % 101) / 10.0,
       (ARRAY['pending', 'accepted', 'rejected'])[1 + i % 3],
       now() - ((1000000 - i) || ' seconds')::interval
FROM generate_series(1, 1000000) AS i;

INSERT INTO prospects (id, company_id, person_key, full_name, email, role_class)
SELECT ('a0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, ('c0000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'person ' || i, 'Person ' || i,
       'person' || i || '@company-' || i || '.example', 'managing_director'
FROM generate_series(10, 1000000, 10) AS i;


