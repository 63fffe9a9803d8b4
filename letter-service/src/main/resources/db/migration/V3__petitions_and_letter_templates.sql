-- The petitions letters are written for, from petition.published: title and demands in each of the petition's
-- languages (JSON {locale: {title, demands: [{id, text}]}}), so a letter quotes them in its target's language.
CREATE TABLE petition (
    id             uuid         PRIMARY KEY,
    slug           varchar(80)  NOT NULL UNIQUE,
    default_locale varchar(16)  NOT NULL,
    texts          text         NOT NULL,
    published_at   timestamptz  NOT NULL,
    closed_at      timestamptz
);

-- A petition's letter in one language: a Qute template (HTML) and its subject, written by staff.
CREATE TABLE letter_template (
    petition_slug varchar(80)  NOT NULL,
    locale        varchar(16)  NOT NULL,
    subject       varchar(300) NOT NULL,
    body          text         NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(200) NOT NULL,
    PRIMARY KEY (petition_slug, locale)
);
