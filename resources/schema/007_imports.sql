-- Essaim schema, version 7: imports (issue 7). Every import is a batch that
-- remembers what it created and what it changed, so it can be taken back;
-- the official registers (SIRENE, RNA) keep what they said last time, so a
-- newer file can be compared with it.

CREATE TABLE import_batches (
    id          INTEGER PRIMARY KEY,
    format      TEXT NOT NULL,
    files       TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    undone      INTEGER NOT NULL DEFAULT 0
);

-- One line per actor the batch touched; "before" is the JSON of the actor
-- as it was (empty for a creation).
CREATE TABLE import_batch_items (
    batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('created', 'updated')),
    PRIMARY KEY (batch_id, actor_id)
) WITHOUT ROWID;

-- Column mappings saved by the user under a name.
CREATE TABLE import_presets (
    name        TEXT PRIMARY KEY,
    mapping     TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- What SIRENE (kind 'sirene', key = SIREN) or the RNA (kind 'rna', key = RNA
-- number) said of a unit at the last import. headcount_band is the SIRENE
-- code of tranches_effectifs.csv.
CREATE TABLE register_entries (
    kind            TEXT NOT NULL CHECK (kind IN ('sirene', 'rna')),
    key             TEXT NOT NULL,
    actor_id        INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    name            TEXT NOT NULL DEFAULT '',
    legal_category  TEXT NOT NULL DEFAULT '',
    ess_flag        TEXT NOT NULL DEFAULT '',
    family          TEXT NOT NULL DEFAULT '',
    family_reason   TEXT NOT NULL DEFAULT '',
    headcount_band  TEXT NOT NULL DEFAULT '',
    band_year       INTEGER,
    address         TEXT NOT NULL DEFAULT '',
    postcode        TEXT NOT NULL DEFAULT '',
    commune_insee   TEXT NOT NULL DEFAULT '',
    commune_name    TEXT NOT NULL DEFAULT '',
    created_on      TEXT NOT NULL DEFAULT '',
    closed          INTEGER NOT NULL DEFAULT 0,
    closed_on       TEXT NOT NULL DEFAULT '',
    batch_id        INTEGER,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE INDEX register_entries_actor ON register_entries(actor_id);

-- A family chosen by hand for a SIREN wins over the legal category and the
-- ESS flag; the note says why (e.g. "SCIC sous forme de SAS").
CREATE TABLE family_overrides (
    siren       TEXT PRIMARY KEY,
    family      TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    set_at      TEXT NOT NULL
);
