-- The audit of a batch names who dispatched it, as it names who created and who approved it.
ALTER TABLE delivery_batch ADD COLUMN dispatched_by varchar(200);
