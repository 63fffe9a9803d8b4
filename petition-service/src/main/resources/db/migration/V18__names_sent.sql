-- Which dispatched letters printed a signer's name (from letter-service's batch.names-sent; issue 22, hole 7): a
-- letter that went cannot be recalled, so a signer who withdraws is told which letters already carry their name. Ids
-- and target codes only; the rows of a signature go when it is withdrawn (the answer tells them) or erased.
CREATE TABLE sent_name (
    signature_id  uuid        NOT NULL REFERENCES signature (id) ON DELETE CASCADE,
    batch_id      uuid        NOT NULL,
    dispatched_at timestamptz NOT NULL,
    targets       varchar(1000) NOT NULL,
    PRIMARY KEY (signature_id, batch_id)
);
