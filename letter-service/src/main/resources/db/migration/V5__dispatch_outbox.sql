-- Transactional outbox of this service's events (topic letters: letter.dispatch-requested, batch.dispatched),
-- written in the transaction that dispatches a batch and relayed to Kafka by chorus-outbox.
CREATE TABLE outbox_event (
    seq                   bigserial    PRIMARY KEY,
    id                    uuid         NOT NULL UNIQUE,
    topic                 varchar(80)  NOT NULL,
    record_key            varchar(80)  NOT NULL,
    cloud_event           text,
    cloud_event_encrypted bytea,
    created_at            timestamptz  NOT NULL DEFAULT now()
);

-- Event ids of deliveries already applied to a letter's status are kept in processed_event (V1).
ALTER TABLE letter ADD COLUMN status_at timestamptz;
