-- A webhook call that got no connection is now logged as 'unreachable', like one refused because its address is off
-- the public internet (never called), so that the log tells staff nothing about which internal addresses exist.
-- Earlier rows get the same word, and the API shows one vocabulary.
UPDATE webhook_delivery SET last_error = 'unreachable' WHERE last_error IN ('connect-timeout', 'connection-refused');
