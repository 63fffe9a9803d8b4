-- The staff signer list reads one petition's signatures oldest first, a page (or a whole CSV export) at a time.
CREATE INDEX signature_by_petition_and_age ON signature (petition_id, created_at, id);
