-- The states a petition accuses (ISO 3166-1 alpha-2 codes, JSON array): no signer's name ever goes into a letter to
-- their governments. Carried to letter-service in petition.published; a petition from before names none.
ALTER TABLE petition ADD COLUMN sensitive_states jsonb NOT NULL DEFAULT '[]';
