-- Publications: the council's identity (so it travels with the database
-- file), the texts of the plaquette and the issues of the Lettre de l'ESS.

-- One row: the identity is the council's, not the user's.
CREATE TABLE council_identity (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    contact_line    TEXT NOT NULL DEFAULT '',
    logo            BLOB,
    primary_color   TEXT NOT NULL DEFAULT '#1b5e7a',
    secondary_color TEXT NOT NULL DEFAULT '#e38b2c'
);

-- The six panels of the tri-fold plaquette, keyed by their place.
CREATE TABLE plaquette_panels (
    panel   TEXT PRIMARY KEY,
    title   TEXT NOT NULL DEFAULT '',
    body    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE letter_issues (
    id              INTEGER PRIMARY KEY,
    number          INTEGER NOT NULL UNIQUE CHECK (number > 0),
    issue_date      TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    editorial       TEXT NOT NULL DEFAULT '',   -- rich text (HTML of the editor)
    sections        TEXT NOT NULL DEFAULT '',   -- ticked sections, comma-separated keys
    agenda_weeks    INTEGER NOT NULL DEFAULT 8,
    article_title   TEXT NOT NULL DEFAULT '',
    article_body    TEXT NOT NULL DEFAULT '',   -- rich text
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
