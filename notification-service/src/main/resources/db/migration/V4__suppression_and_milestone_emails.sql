-- Addresses that get no more non-transactional email (milestone updates), by keyed hash (crypto/AddressHasher):
-- the list never holds an address. Confirmation and thank-you emails are answers to what the signer just did and
-- still go to an address that unsubscribed.
CREATE TABLE suppression (
    address_hash bytea       PRIMARY KEY,
    reason       varchar(16) NOT NULL CHECK (reason IN ('UNSUBSCRIBED', 'BOUNCED')),
    created_at   timestamptz NOT NULL
);

ALTER TABLE signer ADD COLUMN address_hash bytea;
CREATE INDEX signer_updates_by_petition ON signer (petition_id, signature_id)
    WHERE confirmed_at IS NOT NULL AND updates_consent;

-- An email to many signers (a milestone update) is queued as one row per signer without address or bodies; it is
-- rendered from the signer and these values when its turn comes, so a withdrawal or unsubscribe before then wins.
ALTER TABLE email_message ADD COLUMN recipient_hash bytea;
ALTER TABLE email_message ADD COLUMN template_values text;
ALTER TABLE email_message ALTER COLUMN subject DROP NOT NULL;
ALTER TABLE email_message DROP CONSTRAINT email_message_queued_has_recipient;
ALTER TABLE email_message ADD CONSTRAINT email_message_queued_has_recipient
    CHECK (status <> 'QUEUED' OR recipient_encrypted IS NOT NULL OR signature_id IS NOT NULL);

ALTER TABLE email_message DROP CONSTRAINT email_message_kind_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_kind_check
    CHECK (kind IN ('CONFIRMATION', 'THANK_YOU', 'MILESTONE'));
ALTER TABLE email_message DROP CONSTRAINT email_message_status_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_status_check
    CHECK (status IN ('QUEUED', 'SENT', 'FAILED', 'SUPPRESSED'));
