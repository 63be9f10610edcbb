-- Essaim schema, version 4: the event calendar (agenda), recurrence
-- exceptions, registrations and attendance.
-- Times are Europe/Paris wall-clock times written as ISO-8601 text without an
-- offset ("2026-03-06T18:00:00"); all-day events keep midnight times and
-- all_day = 1. A series keeps its RFC 5545 RRULE text; its span
-- (span_start, span_end) lets a month be read without expanding every series.

CREATE TABLE event_types (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    color       TEXT NOT NULL DEFAULT '#808080',
    position    INTEGER NOT NULL DEFAULT 0
);

INSERT INTO event_types (name, color, position) VALUES
    ('Forum', '#c0392b', 1),
    ('Rendez-vous de l''ESS', '#2e86c1', 2),
    ('Petit-déjeuner', '#d68910', 3),
    ('Atelier', '#28b463', 4),
    ('Chantier', '#7d6608', 5),
    ('Journée d''études', '#6c3483', 6),
    ('Formation', '#1abc9c', 7),
    ('Plénière', '#943126', 8),
    ('Moment solidaire', '#e67e22', 9),
    ('Permanence', '#5d6d7e', 10),
    ('Trophée', '#b7950b', 11),
    ('Mois de l''ESS', '#cb4335', 12),
    ('Autre', '#808b96', 13);

CREATE TABLE events (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,
    title               TEXT NOT NULL,
    type_id             INTEGER REFERENCES event_types(id) ON DELETE SET NULL,
    starts_at           TEXT NOT NULL,
    ends_at             TEXT NOT NULL,
    all_day             INTEGER NOT NULL DEFAULT 0,
    location            TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    organiser_actor_id  INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    -- The plan of action lives in another part of the schema; no foreign key
    -- so that the agenda does not depend on it.
    plan_action_id      INTEGER,
    capacity            INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    public              INTEGER NOT NULL DEFAULT 1,
    rrule               TEXT NOT NULL DEFAULT '',
    span_start          TEXT NOT NULL,
    span_end            TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
CREATE INDEX events_span ON events(span_start, span_end);

CREATE TABLE event_partners (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;

-- One occurrence of a series that differs from the rule: cancelled (EXDATE),
-- changed or moved (RECURRENCE-ID), or added (RDATE). occurrence_start is the
-- start the rule gives (for 'added', the added start).
CREATE TABLE event_exceptions (
    event_id            INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    occurrence_start    TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('cancelled', 'changed', 'added')),
    starts_at           TEXT NOT NULL DEFAULT '',
    ends_at             TEXT NOT NULL DEFAULT '',
    title               TEXT NOT NULL DEFAULT '',
    location            TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, occurrence_start)
) WITHOUT ROWID;

CREATE TABLE registrations (
    id                  INTEGER PRIMARY KEY,
    event_id            INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    occurrence_start    TEXT NOT NULL,
    contact_id          INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    actor_id            INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    name                TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'registered'
                        CHECK (status IN ('registered', 'present', 'excused', 'absent')),
    position            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX registrations_occurrence ON registrations(event_id, occurrence_start, position);
CREATE INDEX registrations_actor ON registrations(actor_id);
