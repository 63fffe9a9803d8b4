-- Signatures withdrawn or invalidated are remembered for good (their id only, nothing personal), so that a
-- signature.submitted or .confirmed read after their removal (a replay, events out of order) keeps no signer and
-- queues no email.
CREATE TABLE removed_signature (
    signature_id uuid        PRIMARY KEY,
    removed_at   timestamptz NOT NULL DEFAULT now()
);
