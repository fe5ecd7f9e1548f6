-- Every main phone number and company email the site shows (most prominent first) and its fax
-- number; `phone` and `email` keep only the first of each for existing clients.
ALTER TABLE companies
  ADD COLUMN phones jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN emails jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN fax text;
