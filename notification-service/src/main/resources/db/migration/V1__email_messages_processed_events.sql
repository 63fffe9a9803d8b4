-- Every email the service sends, and its delivery status. The recipient and the bodies (which hold the signer's
-- name and link token) are stored only encrypted, and erased once the message is sent: what stays is the log.
CREATE TABLE email_message (
    id                  uuid         PRIMARY KEY,
    event_id            uuid         NOT NULL,
    kind                varchar(32)  NOT NULL CHECK (kind IN ('CONFIRMATION')),
    recipient_encrypted bytea,
    subject             varchar(400) NOT NULL,
    text_body_encrypted bytea,
    html_body_encrypted bytea,
    locale              varchar(16)  NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts            integer      NOT NULL DEFAULT 0,
    next_attempt_at     timestamptz  NOT NULL,
    created_at          timestamptz  NOT NULL,
    sent_at             timestamptz,
    last_error          varchar(500),
    CONSTRAINT email_message_queued_has_recipient CHECK (status <> 'QUEUED' OR recipient_encrypted IS NOT NULL)
);

CREATE INDEX email_message_event ON email_message (event_id);

-- The sender only ever looks for queued messages that are due.
CREATE INDEX email_message_due ON email_message (next_attempt_at) WHERE status = 'QUEUED';

-- Event ids already handled, recorded in the transaction of their effect: a redelivered event changes nothing.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
