-- bench/signing's raw ceiling, run by pgbench: the two INSERTs of one signature as petition-service makes them,
-- in one transaction (SigningService and OutboxWriter), with values of the sizes it writes: a 32-byte keyed hash
-- and token hash, AES-GCM ciphertexts (12-byte nonce + text + 16-byte tag), and a CloudEvent of about 700
-- characters. The random values come from gen_random_uuid(), so that the unique indexes work as they do there.
-- :petition is the scratch petition's id (pgbench -D petition=...).
\set n random(1, 1000000000)
BEGIN;
INSERT INTO signature (id, petition_id, email_hash, email_encrypted, name_encrypted, postal_code_encrypted,
    country, locale, partner, utm_source, utm_medium, utm_campaign, consent_processing, consent_updates,
    consent_partner, consent_name_in_letters, consent_version, consented_at, status, confirm_token_hash,
    confirm_expires_at, created_at)
VALUES (gen_random_uuid(), :petition, sha256(uuid_send(gen_random_uuid())),
    substring(sha256(uuid_send(gen_random_uuid())) || sha256(uuid_send(gen_random_uuid())) for 62),
    substring(sha256(uuid_send(gen_random_uuid())) || sha256(uuid_send(gen_random_uuid())) for 50),
    NULL, 'MM', 'en', NULL, 'newsletter', 'email', 'myanmar-arms-embargo', true, false, false, false,
    '2026-09-01', now(), 'PENDING', sha256(uuid_send(gen_random_uuid())), now() + interval '7 days', now());
INSERT INTO outbox_event (id, topic, record_key, cloud_event)
VALUES (gen_random_uuid(), 'signatures', :petition, format(
    '{"specversion":"1.0","id":"%s","source":"/petition-service","type":"signature.submitted","subject":"%s",'
    '"time":"%s","datacontenttype":"application/json","data":{"signatureId":"%s","petitionId":"%s",'
    '"petitionSlug":"myanmar-arms-embargo","petitionTitle":"Myanmar: stop the weapons and the jet fuel, bring the '
    'generals to justice","email":"thida.%s.%s@example.org","name":"Ma Thida",'
    '"locale":"en","confirmToken":"%s","confirmExpiresAt":"%s","submittedAt":"%s"}}',
    gen_random_uuid(), :petition::text, to_json(now()) #>> '{}', gen_random_uuid(), :petition::text,
    :client_id::int, :n::int,
    translate(rtrim(encode(sha256(uuid_send(gen_random_uuid())), 'base64'), '='), '+/', '-_'),
    to_json(now() + interval '7 days') #>> '{}', to_json(now()) #>> '{}'))
RETURNING seq;
END;
