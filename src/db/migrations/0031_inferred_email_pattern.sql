-- How an inferred (pattern-guessed) address was built, e.g. 'first.last', so clients see the
-- guess apart from found addresses and know what it rests on.
ALTER TABLE prospects ADD COLUMN email_pattern text;
