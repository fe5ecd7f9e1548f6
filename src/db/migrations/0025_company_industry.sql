-- The company's main activity in NACE Rev. 2, read from its own site: {nace_section, nace_division,
-- nace_code, label, confidence, evidence[]}. Resolved from observations like every other column.
ALTER TABLE companies ADD COLUMN industry jsonb;
