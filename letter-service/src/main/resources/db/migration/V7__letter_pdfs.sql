-- Each letter as a PDF, printed by headless Chromium after the batch was created (a few letters a second), kept
-- beside the letter and never changed: the PDF is what is attached to the emails and what staff download.
CREATE TABLE letter_pdf (
    letter_id  uuid        PRIMARY KEY REFERENCES letter (id) ON DELETE CASCADE,
    pdf        bytea       NOT NULL,
    sha256     char(64)    NOT NULL,
    created_at timestamptz NOT NULL
);
