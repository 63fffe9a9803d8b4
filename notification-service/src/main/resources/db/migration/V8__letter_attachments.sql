-- A letter's PDF, attached to each email that carries the letter. Its annex may name signatories, so the content is
-- stored only encrypted (PersonalDataCipher, bytea like the bodies) and deleted once its email is SENT or BOUNCED; a
-- FAILED email keeps it, as staff may send it again. An email that is deleted (a withdrawn signer's unsent emails)
-- takes its attachment with it.
CREATE TABLE email_attachment (
    email_id          uuid         PRIMARY KEY REFERENCES email_message (id) ON DELETE CASCADE,
    filename          varchar(200) NOT NULL,
    content_type      varchar(100) NOT NULL,
    content_encrypted bytea        NOT NULL
);
