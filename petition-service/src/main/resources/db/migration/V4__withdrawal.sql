-- Withdrawal: every email carries a single-purpose withdraw link (only its token's SHA-256 is kept). A withdrawn
-- signature keeps its row as a tombstone, so that withdrawing twice is harmless, but its personal data is erased:
-- email, name, postal code and country are set to NULL and the email hash is replaced by random bytes (the address
-- can sign again, and the old hash can no longer be matched).
ALTER TABLE signature ADD COLUMN withdraw_token_hash bytea UNIQUE;
ALTER TABLE signature ADD COLUMN withdrawn_at timestamptz;
ALTER TABLE signature ALTER COLUMN country DROP NOT NULL;
ALTER TABLE signature DROP CONSTRAINT signature_status_check;
ALTER TABLE signature ADD CONSTRAINT signature_status_check CHECK (status IN ('PENDING', 'CONFIRMED', 'WITHDRAWN'));
