-- The staff dashboard counts a petition's confirmation emails by status (and the email list filters by petition):
-- an index so that this reads that petition's rows only, not every email ever sent.
CREATE INDEX email_message_by_petition ON email_message (petition_id, kind, status) WHERE petition_id IS NOT NULL;
