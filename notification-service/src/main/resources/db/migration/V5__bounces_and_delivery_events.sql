-- BOUNCED: the recipient's server refused the address (SMTP 550/551/553) or a bounce was reported later; the
-- address's hash goes into the suppression list. failed_at and bounced_at complete each status's timestamp.
ALTER TABLE email_message DROP CONSTRAINT email_message_status_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_status_check
    CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED'));
ALTER TABLE email_message ADD COLUMN failed_at timestamptz;
ALTER TABLE email_message ADD COLUMN bounced_at timestamptz;

-- Transactional outbox of this service's events (topic deliveries: email.sent, email.failed, email.bounced),
-- written in the transaction that changes an email's status and relayed to Kafka by chorus-outbox. The events
-- name no address, so the rows are not encrypted.
CREATE TABLE outbox_event (
    seq                   bigserial    PRIMARY KEY,
    id                    uuid         NOT NULL UNIQUE,
    topic                 varchar(80)  NOT NULL,
    record_key            varchar(80)  NOT NULL,
    cloud_event           text,
    cloud_event_encrypted bytea,
    created_at            timestamptz  NOT NULL DEFAULT now()
);
