-- Staff can invalidate signatures in bulk by email domain, client network or time window. The domain is kept only
-- as a keyed hash (like the address), so that it can be matched without being readable. Signatures from before this
-- migration have no domain hash and can be matched by network or time only.
ALTER TABLE signature ADD COLUMN email_domain_hash bytea;
ALTER TABLE signature ADD COLUMN invalidated_at timestamptz;
CREATE INDEX signature_email_domain ON signature (petition_id, email_domain_hash);
ALTER TABLE signature DROP CONSTRAINT signature_status_check;
ALTER TABLE signature ADD CONSTRAINT signature_status_check
    CHECK (status IN ('PENDING', 'CONFIRMED', 'WITHDRAWN', 'INVALIDATED'));
