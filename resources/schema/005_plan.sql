-- Plans of action: a plan with its period, a tree of items (objective ->
-- operational objective -> action -> sub-action) ordered by position among
-- siblings, each item's partner actors, indicators and dated journal.
-- Dates are ISO-8601 text ("2012-06" when a month is enough), money integer cents.

CREATE TABLE plans (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    period_start    TEXT NOT NULL DEFAULT '',
    period_end      TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE plan_items (
    id                      INTEGER PRIMARY KEY,
    plan_id                 INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    parent_id               INTEGER REFERENCES plan_items(id) ON DELETE CASCADE,
    position                INTEGER NOT NULL DEFAULT 0,
    kind                    TEXT NOT NULL DEFAULT 'action'
                            CHECK (kind IN ('objective', 'operational', 'action', 'subaction')),
    title                   TEXT NOT NULL,
    description             TEXT NOT NULL DEFAULT '',
    means                   TEXT NOT NULL DEFAULT '',
    budget_planned_cents    INTEGER NOT NULL DEFAULT 0 CHECK (budget_planned_cents >= 0),
    budget_spent_cents      INTEGER NOT NULL DEFAULT 0 CHECK (budget_spent_cents >= 0),
    staff_hours             REAL NOT NULL DEFAULT 0 CHECK (staff_hours >= 0),
    volunteer_hours         REAL NOT NULL DEFAULT 0 CHECK (volunteer_hours >= 0),
    -- The pilot is a directory contact; a name that matched no contact on
    -- import is kept as text rather than lost.
    pilot_contact_id        INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    pilot_name              TEXT NOT NULL DEFAULT '',
    partner_names           TEXT NOT NULL DEFAULT '',
    start_month             TEXT NOT NULL DEFAULT '',
    due_month               TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL DEFAULT 'to_start'
                            CHECK (status IN ('to_start', 'in_progress', 'done', 'postponed', 'abandoned')),
    progress                INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX plan_items_tree ON plan_items(plan_id, parent_id, position);
CREATE INDEX plan_items_parent ON plan_items(parent_id);
CREATE INDEX plan_items_pilot ON plan_items(pilot_contact_id) WHERE pilot_contact_id IS NOT NULL;

CREATE TABLE plan_item_partners (
    item_id     INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (item_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX plan_item_partners_actor ON plan_item_partners(actor_id);

CREATE TABLE plan_indicators (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('output', 'outcome', 'impact')),
    label       TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    target      REAL,
    achieved    REAL,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_indicators_item ON plan_indicators(item_id, position);

CREATE TABLE plan_journal (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES plan_items(id) ON DELETE CASCADE,
    entry_date  TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL DEFAULT '',
    progress    INTEGER CHECK (progress IS NULL OR progress BETWEEN 0 AND 100),
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_journal_item ON plan_journal(item_id, entry_date);
