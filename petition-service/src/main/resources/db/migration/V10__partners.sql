-- Partner organizations embed petitions on their sites. Each has a Keycloak client of its own (client-credentials,
-- realm role partner) named client_id; its secret is shown once at registration and never stored here.
-- allowed_origins are exact web origins (scheme://host[:port]) that may frame the embed page and call with CORS.
CREATE TABLE partner (
    slug            text        PRIMARY KEY,
    name            text        NOT NULL,
    contact         text,
    allowed_origins text[]      NOT NULL,
    client_id       text        NOT NULL UNIQUE,
    webhook_url     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL
);

-- A partner reads the confirmed signatures counted for it in one petition.
CREATE INDEX tallied_signature_by_partner ON tallied_signature (petition_id, partner);
-- Partner statistics and exports read one partner's signatures of one petition.
CREATE INDEX signature_by_partner ON signature (petition_id, partner, created_at) WHERE partner IS NOT NULL;
