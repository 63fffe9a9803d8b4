-- Where each letter goes, frozen when the batch is created (issue 22, hole 4): dispatch sends to these contacts,
-- never to the directory's current ones, so a contact changed after approval cannot redirect an approved letter.
-- The salutation and title are kept too, because the letter's text addresses the recipient with them.
CREATE TABLE letter_recipient (
    letter_id  uuid         NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
    role       varchar(24)  NOT NULL CHECK (role IN ('FOREIGN_MINISTRY', 'UN_MISSION')),
    name       varchar(200) NOT NULL,
    title      varchar(200),
    salutation varchar(200) NOT NULL,
    email      varchar(320) NOT NULL,
    PRIMARY KEY (letter_id, role)
);

-- What the approver approved: a SHA-256 over every letter's subject, HTML, PDF and recipients and the manifest,
-- recomputed at dispatch. Who changed the batch after its creation (recipients taken from the directory again) may
-- not approve it, as its creator may not.
ALTER TABLE delivery_batch ADD COLUMN approved_digest char(64);
ALTER TABLE delivery_batch ADD COLUMN changed_by varchar(200);
ALTER TABLE delivery_batch ADD COLUMN changed_at timestamptz;
ALTER TABLE delivery_batch ADD COLUMN change_reason varchar(32);
ALTER TABLE delivery_batch ADD CONSTRAINT delivery_batch_approver_not_changer
    CHECK (approved_by IS NULL OR changed_by IS NULL OR approved_by <> changed_by);

-- Batches not yet dispatched take the directory's contacts as they are now; a dispatched batch's letters went to
-- contacts nobody recorded, so they get none rather than a guess.
INSERT INTO letter_recipient (letter_id, role, name, title, salutation, email)
SELECT l.id, c.role, c.name, c.title, c.salutation, c.email
FROM letter l
JOIN delivery_batch b ON b.id = l.batch_id AND b.status <> 'DISPATCHED'
JOIN target_contact c ON c.target_id = l.target_id;

-- An approval given before recipients were frozen approved no recipients: it is asked for again.
UPDATE delivery_batch SET status = 'AWAITING_APPROVAL', approved_by = NULL, approved_at = NULL
WHERE status = 'APPROVED';
