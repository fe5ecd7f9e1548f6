-- Idempotency records no longer hold anything readable: the key is stored as its SHA-256 (hex) and
-- the response body sealed (AES-256-GCM) with a key derived from the server key and the client's
-- Idempotency-Key (docs/adr/0015-sealed-secrets-and-idempotency.md). Records written before held
-- responses in clear, new raw API keys and whsec_ secrets among them: they are dropped (they lived
-- 24 hours at most; a retry after the upgrade runs the request again).
DELETE FROM idempotency_records;
COMMENT ON COLUMN idempotency_records.idempotency_key IS 'SHA-256 (hex) of the client''s Idempotency-Key';
COMMENT ON COLUMN idempotency_records.response_body IS 'sealed with a key derived from the server key and the Idempotency-Key';
