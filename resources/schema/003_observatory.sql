-- Essaim schema, version 3: the observatory.

-- When an actor was archived, so that the years before still count it
-- (an actor that closed in 2022 was part of the ESS of 2021). Kept by the
-- triggers below, never by the form: archiving or restoring sets it.
ALTER TABLE actors ADD COLUMN archived_on TEXT NOT NULL DEFAULT '';
-- SIRENE headcount band (resources/data/tranches_effectifs.csv), used as a
-- flagged estimate for the years an actor declared no headcount.
ALTER TABLE actors ADD COLUMN headcount_band TEXT NOT NULL DEFAULT '';

CREATE TRIGGER actors_archived_on_set AFTER UPDATE OF archived ON actors
WHEN NEW.archived = 1 AND OLD.archived = 0 AND NEW.archived_on = OLD.archived_on
BEGIN
    UPDATE actors SET archived_on = date('now') WHERE id = NEW.id;
END;
CREATE TRIGGER actors_archived_on_clear AFTER UPDATE OF archived ON actors
WHEN NEW.archived = 0 AND OLD.archived = 1
BEGIN
    UPDATE actors SET archived_on = '' WHERE id = NEW.id;
END;
CREATE TRIGGER actors_archived_on_insert AFTER INSERT ON actors
WHEN NEW.archived = 1 AND NEW.archived_on = ''
BEGIN
    UPDATE actors SET archived_on = date('now') WHERE id = NEW.id;
END;

-- What the observatory reads of every actor, from the index alone: a scan
-- of the actors table would read their descriptions and notes too.
CREATE INDEX actors_observatory ON actors(commune_insee, sector_id, creation_year, archived, archived_on, family,
                                          headcount_band, employer);

-- Every figure of one year read from the index alone, without the table.
CREATE INDEX actor_figures_observatory ON actor_figures(year, actor_id, headcount, fte, volunteers, members);

-- Reference figures of a territory for a year, with their source.
-- kind: france, region, department, territory (the council's own area),
-- epci, commune. Counts are whole numbers; shares are percentages.
CREATE TABLE reference_figures (
    kind                    TEXT NOT NULL CHECK (kind IN ('france', 'region', 'department', 'territory', 'epci', 'commune')),
    code                    TEXT NOT NULL,
    year                    INTEGER NOT NULL,
    name                    TEXT NOT NULL DEFAULT '',
    total_employment        INTEGER CHECK (total_employment IS NULL OR total_employment >= 0),
    private_employment      INTEGER CHECK (private_employment IS NULL OR private_employment >= 0),
    employer_establishments INTEGER CHECK (employer_establishments IS NULL OR employer_establishments >= 0),
    ess_jobs                INTEGER CHECK (ess_jobs IS NULL OR ess_jobs >= 0),
    ess_establishments      INTEGER CHECK (ess_establishments IS NULL OR ess_establishments >= 0),
    ess_share_pct           REAL CHECK (ess_share_pct IS NULL OR (ess_share_pct >= 0 AND ess_share_pct <= 100)),
    source                  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, code, year)
) WITHOUT ROWID;

-- Saved lists of communes ("the communes of the contrat de ville").
CREATE TABLE commune_lists (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE
);
CREATE TABLE commune_list_members (
    list_id INTEGER NOT NULL REFERENCES commune_lists(id) ON DELETE CASCADE,
    insee   TEXT NOT NULL,
    PRIMARY KEY (list_id, insee)
) WITHOUT ROWID;

-- Social utility grid: one score 0-3 per criterion, actor and year.
CREATE TABLE social_utility_scores (
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    criterion   TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3),
    PRIMARY KEY (actor_id, year, criterion)
) WITHOUT ROWID;
CREATE INDEX social_utility_year ON social_utility_scores(year, criterion);
