-- Event ids this service has handled, recorded in the transaction of their effect, so a redelivered event
-- changes nothing.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- The read model of confirmed signatures, built from signature.confirmed events. It holds no contact data:
-- display_name is present only where the signer consented to be named in letters.
CREATE TABLE signatory (
    signature_id  uuid PRIMARY KEY,
    petition_id   uuid         NOT NULL,
    petition_slug varchar(80)  NOT NULL,
    country       char(2)      NOT NULL,
    display_name  varchar(200),
    confirmed_at  timestamptz  NOT NULL
);

CREATE INDEX signatory_by_petition_slug ON signatory (petition_slug, country);
