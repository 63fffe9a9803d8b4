-- Signing again with the same address may resend the confirmation email, at most once per
-- chorus.petition.confirmation-resend-after; this is when the last one was asked for.
ALTER TABLE signature ADD COLUMN confirmation_sent_at timestamptz;
