-- The states a petition accuses, from petition.published (JSON array of ISO 3166-1 alpha-2 codes): a letter to one
-- of their governments prints no signer's name (batch/NamePolicy). A petition published before names none.
ALTER TABLE petition ADD COLUMN sensitive_states jsonb NOT NULL DEFAULT '[]';
