-- What came back from a target: an acknowledgement of receipt or a reply, recorded by staff after dispatch.
CREATE TABLE letter_reply (
    id          uuid          PRIMARY KEY,
    letter_id   uuid          NOT NULL REFERENCES letter (id) ON DELETE CASCADE,
    kind        varchar(16)   NOT NULL CHECK (kind IN ('ACKNOWLEDGED', 'REPLIED')),
    received_at timestamptz   NOT NULL,
    summary     varchar(2000),
    recorded_by varchar(200)  NOT NULL,
    recorded_at timestamptz   NOT NULL
);

CREATE INDEX letter_reply_by_letter ON letter_reply (letter_id, received_at);
