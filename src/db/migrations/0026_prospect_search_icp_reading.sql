-- The structured reading of a prospect search's ICP (industries as NACE codes, countries, regions,
-- cities, postal-code areas, size), derived on create/update; a client may correct it with PATCH.
ALTER TABLE prospect_searches ADD COLUMN icp_reading jsonb;
