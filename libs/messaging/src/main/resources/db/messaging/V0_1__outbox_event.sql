-- The transactional outbox of every service (chorus-messaging): an event is written in the transaction of the change
-- it reports, relayed to Kafka in seq order by EventRelay, then deleted (so that the personal data some events carry
-- does not stay here). Its CloudEvent is plain text (cloud_event) or, in a service whose events carry personal data,
-- encrypted (cloud_event_encrypted). Version 0.1: Flyway sorts this location with the service's own, and this runs
-- first.
CREATE TABLE outbox_event (
    seq                   bigserial    PRIMARY KEY,
    id                    uuid         NOT NULL UNIQUE,
    topic                 varchar(80)  NOT NULL,
    record_key            varchar(80)  NOT NULL,
    cloud_event           text,
    cloud_event_encrypted bytea,
    created_at            timestamptz  NOT NULL DEFAULT now()
);
