-- Synchronisation with a shared server (issue 18). Every shared row with an
-- INTEGER id gets a global id (gid), 32 hex characters drawn on this desktop,
-- so that the same row has the same name on every desktop; rows with a
-- natural key (actor_figures, actor_tags…) are named by that key. The columns
-- stay empty until the desktop connects to a server: a desktop alone pays
-- nothing for them.

ALTER TABLE sectors ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX sectors_gid ON sectors(gid);
ALTER TABLE actors ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX actors_gid ON actors(gid);
ALTER TABLE contacts ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX contacts_gid ON contacts(gid);
ALTER TABLE consent_history ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX consent_history_gid ON consent_history(gid);
ALTER TABLE event_types ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX event_types_gid ON event_types(gid);
ALTER TABLE plans ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX plans_gid ON plans(gid);
ALTER TABLE plan_items ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX plan_items_gid ON plan_items(gid);
ALTER TABLE plan_indicators ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX plan_indicators_gid ON plan_indicators(gid);
ALTER TABLE plan_journal ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX plan_journal_gid ON plan_journal(gid);
ALTER TABLE events ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX events_gid ON events(gid);
ALTER TABLE registrations ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX registrations_gid ON registrations(gid);
ALTER TABLE needs ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX needs_gid ON needs(gid);
ALTER TABLE calls_for_projects ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX calls_for_projects_gid ON calls_for_projects(gid);
ALTER TABLE projects ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX projects_gid ON projects(gid);
ALTER TABLE project_interactions ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX project_interactions_gid ON project_interactions(gid);
ALTER TABLE funding_requests ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX funding_requests_gid ON funding_requests(gid);
ALTER TABLE commune_lists ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX commune_lists_gid ON commune_lists(gid);
ALTER TABLE processing_activities ADD COLUMN gid TEXT;
CREATE UNIQUE INDEX processing_activities_gid ON processing_activities(gid);

-- The server this desktop shares with, who it is there, and how far it has
-- read the server's changes (pulled into the inbox, then applied).
CREATE TABLE sync_state (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    server_url          TEXT NOT NULL DEFAULT '',
    user_name           TEXT NOT NULL DEFAULT '',
    council_id          TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL DEFAULT '',
    communes            TEXT NOT NULL DEFAULT '',
    pulled_revision     INTEGER NOT NULL DEFAULT 0,
    applied_revision    INTEGER NOT NULL DEFAULT 0,
    last_sync_at        TEXT NOT NULL DEFAULT '',
    -- 1 while changes from the server are written: the journal's triggers
    -- then stay silent, so a received change is not sent back.
    applying            INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_state(id) VALUES (1);

-- The local changes not yet on the server: which record (kind = table, key),
-- and when. A record's content is read when it is pushed, so many edits of
-- one record travel as one.
CREATE TABLE sync_changes (
    seq     INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL,
    key     TEXT,
    at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_changes_record ON sync_changes(kind, key);

-- The last version of each record received from (or accepted by) the
-- server: the base against which a local and a server change are merged.
CREATE TABLE sync_shadow (
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- Server changes read but not yet applied: a synchronisation cut between the
-- two resumes from here without asking the server again.
CREATE TABLE sync_inbox (
    revision    INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_inbox_record ON sync_inbox(kind, key, revision);

-- The same field changed here and on the server: both values, until a
-- person chooses. The record holds the server's value meanwhile.
CREATE TABLE sync_conflicts (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    key             TEXT NOT NULL,
    record_label    TEXT NOT NULL DEFAULT '',
    field           TEXT NOT NULL,
    local_value     TEXT,
    server_value    TEXT,
    local_by        TEXT NOT NULL DEFAULT '',
    server_by       TEXT NOT NULL DEFAULT '',
    local_at        TEXT NOT NULL DEFAULT '',
    server_at       TEXT NOT NULL DEFAULT '',
    resolved        INTEGER NOT NULL DEFAULT 0
);
