-- BOUNCED: the recipient's server refused the address (SMTP 550/551/553) or a bounce was reported later; the
-- address's hash goes into the suppression list. failed_at and bounced_at complete each status's timestamp.
ALTER TABLE email_message DROP CONSTRAINT email_message_status_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_status_check
    CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'BOUNCED', 'SUPPRESSED'));
ALTER TABLE email_message ADD COLUMN failed_at timestamptz;
ALTER TABLE email_message ADD COLUMN bounced_at timestamptz;

-- The outbox of this service's delivery reports (outbox_event) is the messaging kit's table: chorus-messaging,
-- db/messaging.
