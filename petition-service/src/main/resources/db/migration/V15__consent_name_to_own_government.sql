-- A signer who agreed to be named in letters may also choose to be named in the letter to the government of their
-- own country; without that choice their name stays out of it. Signatures from before never chose it.
ALTER TABLE signature ADD COLUMN consent_name_to_own_government boolean NOT NULL DEFAULT false;
