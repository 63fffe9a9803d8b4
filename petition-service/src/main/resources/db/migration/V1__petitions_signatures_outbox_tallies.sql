CREATE TABLE petition (
    id          uuid PRIMARY KEY,
    slug        varchar(80)  NOT NULL UNIQUE,
    title       varchar(200) NOT NULL,
    summary     text         NOT NULL,
    demands     jsonb        NOT NULL DEFAULT '[]',
    goal        integer      NOT NULL CHECK (goal > 0),
    status      varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    locales     jsonb        NOT NULL DEFAULT '["en"]',
    consent_version varchar(40) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

-- Personal data is stored only encrypted (email, name, postal code); the email's keyed hash de-duplicates.
CREATE TABLE signature (
    id                      uuid PRIMARY KEY,
    petition_id             uuid        NOT NULL REFERENCES petition (id),
    email_hash              bytea       NOT NULL,
    email_encrypted         bytea,
    name_encrypted          bytea,
    postal_code_encrypted   bytea,
    country                 char(2)     NOT NULL,
    locale                  varchar(16) NOT NULL,
    partner                 varchar(80),
    utm_source              varchar(100),
    utm_medium              varchar(100),
    utm_campaign            varchar(100),
    consent_processing      boolean     NOT NULL,
    consent_updates         boolean     NOT NULL,
    consent_partner         boolean     NOT NULL,
    consent_name_in_letters boolean     NOT NULL,
    consent_version         varchar(40) NOT NULL,
    consented_at            timestamptz NOT NULL,
    status                  varchar(16) NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED')),
    confirm_token_hash      bytea       NOT NULL UNIQUE,
    confirm_expires_at      timestamptz NOT NULL,
    created_at              timestamptz NOT NULL,
    confirmed_at            timestamptz,
    CONSTRAINT signature_once_per_address UNIQUE (petition_id, email_hash)
);

-- The transactional outbox (outbox_event) is the messaging kit's table: chorus-messaging, db/messaging.

-- Tallies are fed by signature events; each counted signature is remembered so a replayed or duplicated
-- event can never count twice.
CREATE TABLE tallied_signature (
    signature_id uuid PRIMARY KEY,
    petition_id  uuid        NOT NULL,
    country      char(2)     NOT NULL,
    partner      varchar(80)
);

CREATE TABLE tally_count (
    petition_id uuid        NOT NULL,
    dimension   varchar(16) NOT NULL CHECK (dimension IN ('total', 'country', 'partner')),
    bucket      varchar(80) NOT NULL,
    count       bigint      NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (petition_id, dimension, bucket)
);

CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
