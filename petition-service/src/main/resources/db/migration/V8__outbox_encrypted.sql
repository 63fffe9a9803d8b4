-- Some events carry personal data (signature.submitted: email and name) until the relay has sent them: the outbox
-- keeps every event encrypted, like the signatures themselves. Rows written before this stay readable as they are.
ALTER TABLE outbox_event ADD COLUMN cloud_event_encrypted bytea;
ALTER TABLE outbox_event ALTER COLUMN cloud_event DROP NOT NULL;
