-- Staff follow a delivery batch's emails (its letters, and the delivered notices it caused) by the batch's id.
ALTER TABLE email_message ADD COLUMN batch_id uuid;
CREATE INDEX email_message_by_batch ON email_message (batch_id) WHERE batch_id IS NOT NULL;
