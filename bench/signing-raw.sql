-- bench/signing's raw ceiling, run by pgbench: the two INSERTs of one signature as petition-service makes them
-- (SignatureStatements and Outbox.insert: every column, ON CONFLICT on the address, the outbox row encrypted), in one
-- transaction, with values of the sizes it writes: 32-byte keyed hashes of the address, its domain and the two
-- tokens, AES-GCM ciphertexts (12-byte nonce + text + 16-byte tag), the client's truncated network, and an
-- encrypted CloudEvent of about 700 characters (its UTF-8 bytes stand in for the ciphertext). The random values
-- come from gen_random_uuid(), so that the unique index on the address works as it does there; the signature's and
-- the event's ids begin with the millisecond, as the service's version-7 UUIDs do; the domain hash and the network
-- are the same in every row, as in bench/signing. :petition is the scratch petition's id (pgbench -D petition=...).
\set n random(1, 1000000000)
BEGIN;
INSERT INTO signature (id, petition_id, email_hash, email_domain_hash, email_encrypted, name_encrypted,
    postal_code_encrypted, country, locale, partner, utm_source, utm_medium, utm_campaign, consent_processing,
    consent_updates, consent_partner, consent_name_in_letters, consent_version, consented_at, status,
    confirm_token_digest, confirm_expires_at, withdraw_token_digest, client_network, created_at, confirmation_sent_at)
VALUES (
    encode(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 'hex')::uuid,
    :petition, sha256(uuid_send(gen_random_uuid())), sha256('example.org'::bytea),
    substring(sha256(uuid_send(gen_random_uuid())) || sha256(uuid_send(gen_random_uuid())) for 62),
    substring(sha256(uuid_send(gen_random_uuid())) || sha256(uuid_send(gen_random_uuid())) for 50),
    NULL, 'MM', 'en', NULL, 'newsletter', 'email', 'myanmar-arms-embargo', true, false, false, false,
    '2026-09-01', now(), 'PENDING', sha256(uuid_send(gen_random_uuid())), now() + interval '7 days',
    sha256(uuid_send(gen_random_uuid())), '127.0.0.0/24', now(), now())
ON CONFLICT (petition_id, email_hash) DO NOTHING;
INSERT INTO outbox_event (id, topic, record_key, cloud_event_encrypted)
VALUES (
    encode(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 'hex')::uuid,
    'signatures', :petition, convert_to(format(
    '{"specversion":"1.0","id":"%s","source":"/petition-service","type":"signature.submitted","subject":"%s",'
    '"time":"%s","datacontenttype":"application/json","data":{"signatureId":"%s","petitionId":"%s",'
    '"petitionSlug":"myanmar-arms-embargo","petitionTitle":"Myanmar: stop the weapons and the jet fuel, bring the '
    'generals to justice","email":"thida.%s.%s@example.org","name":"Ma Thida",'
    '"locale":"en","confirmToken":"%s","confirmExpiresAt":"%s","submittedAt":"%s"}}',
    gen_random_uuid(), :petition::text, to_json(now()) #>> '{}', gen_random_uuid(), :petition::text,
    :client_id::int, :n::int,
    translate(encode(uuid_send(gen_random_uuid()) || sha256(uuid_send(gen_random_uuid())), 'base64'), '+/', '-_'),
    to_json(now() + interval '7 days') #>> '{}', to_json(now()) #>> '{}'), 'UTF8'))
RETURNING seq;
END;
