-- The outbox of this service's events (outbox_event) is the messaging kit's table: chorus-messaging, db/messaging.

-- Event ids of deliveries already applied to a letter's status are kept in processed_event (V1).
ALTER TABLE letter ADD COLUMN status_at timestamptz;
