-- Signatures taken out of the tallies (withdrawn or invalidated) are remembered for good, so that a confirmation
-- event read later (a replay, a redelivery under a new event id) can never count them again.
CREATE TABLE uncounted_signature (
    signature_id uuid        PRIMARY KEY,
    uncounted_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO uncounted_signature (signature_id)
SELECT id FROM signature WHERE status IN ('WITHDRAWN', 'INVALIDATED');
