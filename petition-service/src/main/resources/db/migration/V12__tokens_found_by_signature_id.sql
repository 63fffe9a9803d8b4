-- Confirm and withdraw tokens now begin with their signature's id, so that a token is found by the primary key and
-- its SHA-256 is only compared (confirm_token_digest, withdraw_token_digest, without an index). Before, each token's
-- hash had a unique index of its own: two indexes on random keys that every signing wrote a random page of, and that
-- outgrew the shared buffers once the table held about a million signatures. The *_token_hash columns keep the
-- hashes of tokens issued before this migration, which the links in emails already sent still carry; their indexes
-- now cover those rows only, and a new signature writes to neither.
ALTER TABLE signature ADD COLUMN confirm_token_digest bytea;
ALTER TABLE signature ADD COLUMN withdraw_token_digest bytea;
ALTER TABLE signature ALTER COLUMN confirm_token_hash DROP NOT NULL;
ALTER TABLE signature DROP CONSTRAINT signature_confirm_token_hash_key;
ALTER TABLE signature DROP CONSTRAINT signature_withdraw_token_hash_key;
CREATE INDEX signature_old_confirm_token_hash ON signature (confirm_token_hash) WHERE confirm_token_hash IS NOT NULL;
CREATE INDEX signature_old_withdraw_token_hash ON signature (withdraw_token_hash) WHERE withdraw_token_hash IS NOT NULL;
