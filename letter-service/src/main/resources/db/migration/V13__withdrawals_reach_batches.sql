-- A signature withdrawn (or invalidated) after its batch was dispatched: the letters went with it and cannot be
-- recalled, so the batch records it, once per signature however often the event comes (issue 22, hole 7). A batch
-- not yet dispatched drops the signature instead and needs approving again (delivery_batch.change_reason).
CREATE TABLE batch_late_withdrawal (
    batch_id     uuid        NOT NULL REFERENCES delivery_batch (id) ON DELETE CASCADE,
    signature_id uuid        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (batch_id, signature_id)
);
