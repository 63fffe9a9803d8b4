-- A named signatory's choice to be named in the letter to the government of their own country too, from
-- signature.confirmed; copied into each batch with the name, so that a batch's letters keep to it. Signatures
-- confirmed before the choice existed never made it.
ALTER TABLE signatory ADD COLUMN name_to_own_government boolean NOT NULL DEFAULT false;
ALTER TABLE batch_signature ADD COLUMN name_to_own_government boolean NOT NULL DEFAULT false;
