-- Signatures withdrawn or invalidated are remembered for good (their id only, nothing personal), so that a
-- signature.confirmed read after their removal (a replay, a redelivery under a new event id, events out of order)
-- never adds them back to the read model or to a letter.
CREATE TABLE removed_signature (
    signature_id uuid        PRIMARY KEY,
    removed_at   timestamptz NOT NULL DEFAULT now()
);
