-- A message held back by its recipient domain's hourly limit waits for the slot it was given (mail/DomainRates);
-- when that slot comes it is sent without asking the limit again.
ALTER TABLE email_message ADD COLUMN throttled_until timestamptz;
