-- Essaim schema, version 1: reference data, sectors, the directory of actors.
-- Dates are ISO-8601 text, money is integer cents, booleans are 0/1.

CREATE TABLE epcis (
    siren   TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    nature  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE communes (
    insee           TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    name_key        TEXT NOT NULL,
    department      TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    arrondissement  TEXT NOT NULL DEFAULT '',
    canton          TEXT NOT NULL DEFAULT '',
    epci_siren      TEXT REFERENCES epcis(siren),
    population      INTEGER,
    postcodes       TEXT NOT NULL DEFAULT '',
    latitude        REAL,
    longitude       REAL
);
CREATE INDEX communes_epci ON communes(epci_siren);

CREATE TABLE legal_categories (
    code    TEXT PRIMARY KEY,
    label   TEXT NOT NULL,
    family  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sectors (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES sectors(id) ON DELETE RESTRICT,
    name        TEXT NOT NULL,
    color       TEXT NOT NULL DEFAULT '#808080',
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sectors_parent ON sectors(parent_id, position);

CREATE TABLE actors (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    name_key            TEXT NOT NULL,
    acronym             TEXT NOT NULL DEFAULT '',
    family              TEXT NOT NULL DEFAULT 'association',
    legal_category      TEXT NOT NULL DEFAULT '',
    legal_status        TEXT NOT NULL DEFAULT '',
    siren               TEXT NOT NULL DEFAULT '',
    siret               TEXT NOT NULL DEFAULT '',
    rna                 TEXT NOT NULL DEFAULT '',
    naf                 TEXT NOT NULL DEFAULT '',
    sector_id           INTEGER REFERENCES sectors(id) ON DELETE SET NULL,
    address             TEXT NOT NULL DEFAULT '',
    postcode            TEXT NOT NULL DEFAULT '',
    commune_insee       TEXT REFERENCES communes(insee),
    commune_name        TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    website             TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    creation_year       INTEGER,
    employer            INTEGER NOT NULL DEFAULT 0,
    accepts_interns     INTEGER NOT NULL DEFAULT 0,
    charter_signed_on   TEXT NOT NULL DEFAULT '',
    iae_agreement       TEXT NOT NULL DEFAULT '',
    esus_agreement      INTEGER NOT NULL DEFAULT 0,
    esus_agreed_on      TEXT NOT NULL DEFAULT '',
    publication_consent INTEGER NOT NULL DEFAULT 0,
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    archived            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_name_key ON actors(name_key, id);
CREATE INDEX actors_siren ON actors(siren) WHERE siren <> '';
CREATE INDEX actors_siret ON actors(siret) WHERE siret <> '';
CREATE INDEX actors_rna ON actors(rna) WHERE rna <> '';
CREATE INDEX actors_commune ON actors(commune_insee);
CREATE INDEX actors_sector ON actors(sector_id);

-- Competencies ("mutualiser les compétences") and network memberships are
-- tags; one table keeps the two lists symmetrical.
CREATE TABLE actor_tags (
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('competency', 'network')),
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, kind, name)
) WITHOUT ROWID;
CREATE INDEX actor_tags_name ON actor_tags(kind, name);

CREATE TABLE contacts (
    id                      INTEGER PRIMARY KEY,
    actor_id                INTEGER REFERENCES actors(id) ON DELETE CASCADE,
    first_name              TEXT NOT NULL DEFAULT '',
    last_name               TEXT NOT NULL DEFAULT '',
    role                    TEXT NOT NULL DEFAULT '',
    email                   TEXT NOT NULL DEFAULT '',
    phone                   TEXT NOT NULL DEFAULT '',
    consent_guide           INTEGER NOT NULL DEFAULT 0,
    consent_guide_on        TEXT NOT NULL DEFAULT '',
    consent_guide_source    TEXT NOT NULL DEFAULT '',
    consent_newsletter      INTEGER NOT NULL DEFAULT 0,
    consent_newsletter_on   TEXT NOT NULL DEFAULT '',
    consent_newsletter_source TEXT NOT NULL DEFAULT '',
    position                INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_actor ON contacts(actor_id, position);

CREATE TABLE actor_figures (
    actor_id        INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    headcount       INTEGER CHECK (headcount IS NULL OR headcount >= 0),
    fte             REAL CHECK (fte IS NULL OR fte >= 0),
    volunteers      INTEGER CHECK (volunteers IS NULL OR volunteers >= 0),
    members         INTEGER CHECK (members IS NULL OR members >= 0),
    budget_cents    INTEGER CHECK (budget_cents IS NULL OR budget_cents >= 0),
    PRIMARY KEY (actor_id, year)
) WITHOUT ROWID;
-- Lets a column of one year (the table's "Effectif" column) be read for
-- every actor without touching the table itself.
CREATE INDEX actor_figures_year ON actor_figures(year, actor_id, headcount);
