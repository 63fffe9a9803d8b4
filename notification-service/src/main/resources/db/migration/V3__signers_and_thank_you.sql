-- The signers this service may still have to write to (thank-you, milestone updates, "your signature was
-- delivered"), built from the signatures topic. Address, name and withdraw link token are stored only encrypted;
-- a withdrawn or invalidated signature's row is deleted, and one never confirmed is deleted once its link expired.
CREATE TABLE signer (
    signature_id               uuid         PRIMARY KEY,
    petition_id                uuid         NOT NULL,
    petition_slug              varchar(200) NOT NULL,
    petition_title             varchar(400) NOT NULL,
    recipient_encrypted        bytea        NOT NULL,
    name_encrypted             bytea        NOT NULL,
    withdraw_token_encrypted   bytea        NOT NULL,
    locale                     varchar(16)  NOT NULL,
    updates_consent            boolean      NOT NULL DEFAULT false,
    pending_until              timestamptz  NOT NULL,
    confirmed_at               timestamptz
);

CREATE INDEX signer_confirmed_by_petition ON signer (petition_id) WHERE confirmed_at IS NOT NULL;
CREATE INDEX signer_pending ON signer (pending_until) WHERE confirmed_at IS NULL;

-- Which signature and petition an email belongs to: a withdrawal erases the signature's queued emails, and staff
-- list emails by petition.
ALTER TABLE email_message ADD COLUMN signature_id uuid;
ALTER TABLE email_message ADD COLUMN petition_id uuid;
CREATE INDEX email_message_signature ON email_message (signature_id) WHERE signature_id IS NOT NULL;

ALTER TABLE email_message DROP CONSTRAINT email_message_kind_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_kind_check CHECK (kind IN ('CONFIRMATION', 'THANK_YOU'));
