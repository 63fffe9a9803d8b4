-- The target directory: every UN member state, the contacts that letters to it go to, and Security Council
-- membership as terms with dates, so that "the Council on date D" is computed, never typed.
CREATE TABLE target (
    id           uuid         PRIMARY KEY,
    country_code char(2)      NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    locale       varchar(8)   NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL
);

-- Where a letter to a state goes: its foreign ministry and its permanent mission to the UN.
CREATE TABLE target_contact (
    id             uuid         PRIMARY KEY,
    target_id      uuid         NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    role           varchar(24)  NOT NULL CHECK (role IN ('FOREIGN_MINISTRY', 'UN_MISSION')),
    name           varchar(200) NOT NULL,
    title          varchar(200),
    salutation     varchar(200) NOT NULL,
    email          varchar(320) NOT NULL,
    postal_address varchar(1000),
    UNIQUE (target_id, role)
);

-- A seat on the Security Council from starts_on to ends_on (both included); a permanent member has no end.
CREATE TABLE council_term (
    id           uuid    PRIMARY KEY,
    country_code char(2) NOT NULL REFERENCES target (country_code) ON UPDATE CASCADE,
    starts_on    date    NOT NULL,
    ends_on      date,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

CREATE INDEX council_term_by_dates ON council_term (starts_on, ends_on);

-- Named groups of targets that staff define (asean comes with the directory); unsc is computed from the terms.
CREATE TABLE target_group (
    slug       varchar(60)  PRIMARY KEY,
    name       varchar(200) NOT NULL,
    updated_at timestamptz  NOT NULL
);

CREATE TABLE target_group_member (
    group_slug   varchar(60) NOT NULL REFERENCES target_group (slug) ON DELETE CASCADE,
    country_code char(2)     NOT NULL REFERENCES target (country_code) ON UPDATE CASCADE,
    PRIMARY KEY (group_slug, country_code)
);
