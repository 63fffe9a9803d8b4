-- Letters to targets (from letter.dispatch-requested) and "your signature was delivered" notices (from
-- batch.dispatched) are emails too. A letter email names its letter, so that its delivery report does.
ALTER TABLE email_message ADD COLUMN letter_id uuid;
ALTER TABLE email_message DROP CONSTRAINT email_message_kind_check;
ALTER TABLE email_message ADD CONSTRAINT email_message_kind_check
    CHECK (kind IN ('CONFIRMATION', 'THANK_YOU', 'MILESTONE', 'LETTER', 'DELIVERED'));

-- Letters to one address are spaced out: the next one is due some time after the last one queued for it.
CREATE INDEX email_message_letters_by_recipient ON email_message (recipient_hash, next_attempt_at) WHERE kind = 'LETTER';
