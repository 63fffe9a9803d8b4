-- A partner with a webhook URL has a secret that signs each call (HMAC-SHA256), shown once to staff and kept here
-- only encrypted, because Chorus needs it again for every call.
ALTER TABLE partner ADD COLUMN webhook_secret_encrypted bytea;

-- One row per event a partner's webhook is to receive, written in the transaction of the change it reports (like
-- outbox_event), and the log of its delivery. The payload is encrypted (it may carry a signer's name and email) and
-- erased once it is delivered or cancelled. A sender claims due rows with FOR UPDATE SKIP LOCKED and holds them by a
-- lease (lease_id, leased_until) while it calls the partner, outside any transaction; a row whose lease ran out
-- (its replica died) is claimed again.
CREATE TABLE webhook_delivery (
    id                uuid        PRIMARY KEY,
    partner           text        NOT NULL REFERENCES partner (slug),
    signature_id      uuid        NOT NULL REFERENCES signature (id),
    event_type        text        NOT NULL,
    payload_encrypted bytea,
    status            text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED', 'CANCELLED')),
    attempts          integer     NOT NULL DEFAULT 0,
    last_status_code  integer,
    last_error        text,
    created_at        timestamptz NOT NULL,
    next_attempt_at   timestamptz,
    delivered_at      timestamptz,
    lease_id          uuid,
    leased_until      timestamptz
);

-- The senders' question: which partners have deliveries due, and which are the oldest of one partner.
CREATE INDEX webhook_delivery_due ON webhook_delivery (partner, next_attempt_at) WHERE status = 'PENDING';
-- Staff read one partner's deliveries, newest first.
CREATE INDEX webhook_delivery_by_partner ON webhook_delivery (partner, created_at DESC, id);
-- A withdrawn or invalidated signature cancels what has not been delivered yet.
CREATE INDEX webhook_delivery_by_signature ON webhook_delivery (signature_id);
