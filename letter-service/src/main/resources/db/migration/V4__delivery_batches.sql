-- A delivery batch: one petition's letters to a set of targets, frozen at a cut-off. The signatures it counts are
-- copied into batch_signature (id, country, and the name only of those who consented to be named), so that later
-- withdrawals do not change what was counted; the manifest (SHA-256 of the sorted ids, Merkle root) is printed in
-- every letter.
CREATE TABLE delivery_batch (
    id            uuid         PRIMARY KEY,
    petition_id   uuid         NOT NULL,
    petition_slug varchar(80)  NOT NULL,
    status        varchar(24)  NOT NULL CHECK (status IN ('AWAITING_APPROVAL', 'APPROVED', 'DISPATCHED')),
    cutoff        timestamptz  NOT NULL,
    target_group  varchar(60),
    total         bigint       NOT NULL,
    by_country    text         NOT NULL,
    ids_sha256    char(64)     NOT NULL,
    merkle_root   char(64)     NOT NULL,
    created_by    varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL,
    approved_by   varchar(200),
    approved_at   timestamptz,
    dispatched_at timestamptz,
    CHECK (approved_by IS NULL OR approved_by <> created_by)
);

CREATE TABLE batch_signature (
    batch_id     uuid         NOT NULL REFERENCES delivery_batch (id) ON DELETE CASCADE,
    signature_id uuid         NOT NULL,
    country      char(2)      NOT NULL,
    display_name varchar(200),
    PRIMARY KEY (batch_id, signature_id)
);

CREATE INDEX batch_signature_by_signature ON batch_signature (signature_id);

-- One letter per target, rendered when the batch is created and never changed after (only its status moves).
CREATE TABLE letter (
    id           uuid         PRIMARY KEY,
    batch_id     uuid         NOT NULL REFERENCES delivery_batch (id) ON DELETE CASCADE,
    target_id    uuid         NOT NULL,
    country_code char(2)      NOT NULL,
    target_name  varchar(200) NOT NULL,
    locale       varchar(16)  NOT NULL,
    subject      varchar(400) NOT NULL,
    html         text         NOT NULL,
    status       varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'QUEUED', 'SENT', 'FAILED', 'BOUNCED')),
    UNIQUE (batch_id, target_id)
);
