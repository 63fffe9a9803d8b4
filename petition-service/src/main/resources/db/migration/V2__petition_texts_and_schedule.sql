-- A petition's texts in its default locale (the first of `locales`) stay in their columns; other locales are in
-- `translations` (locale -> {title, summary, body, demands: {id: text}, consents: {...}}).
-- Demands become addressable: [{"id": "icc-referral", "text": "..."}].
ALTER TABLE petition ADD COLUMN body          text        NOT NULL DEFAULT '';
ALTER TABLE petition ADD COLUMN consent_texts jsonb       NOT NULL DEFAULT '{}';
ALTER TABLE petition ADD COLUMN translations  jsonb       NOT NULL DEFAULT '{}';
ALTER TABLE petition ADD COLUMN closes_at     timestamptz;
ALTER TABLE petition ADD COLUMN published_at  timestamptz;
ALTER TABLE petition ADD COLUMN closed_at     timestamptz;
ALTER TABLE petition ADD COLUMN updated_at    timestamptz NOT NULL DEFAULT now();
ALTER TABLE petition ADD COLUMN version       bigint      NOT NULL DEFAULT 0;

UPDATE petition SET demands = coalesce((
    SELECT jsonb_agg(jsonb_build_object('id', 'demand-' || t.ord, 'text', t.d) ORDER BY t.ord)
    FROM jsonb_array_elements_text(petition.demands) WITH ORDINALITY AS t(d, ord)), '[]')
WHERE jsonb_typeof(demands -> 0) = 'string';
