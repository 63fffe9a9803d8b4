-- SignerEmailBacklog counts the confirmation and thank-you emails that wait, before it takes in more signature
-- events: a count over this index only, however many other emails (a milestone's fan-out) wait beside them.
CREATE INDEX email_message_queued_kind ON email_message (kind) WHERE status = 'QUEUED';
