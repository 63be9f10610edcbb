-- Essaim's shared server, first part: the tables. One council per database,
-- everything in the schema essaim. Run once by "essaim server init", in one
-- transaction with the files that follow, by a role that may create roles.
-- See docs in README.md ("A shared server") and SYNC18.md for the contract.

CREATE SCHEMA essaim;

-- The version of this schema, for the upgrades to come.
CREATE TABLE essaim.schema_version (version integer NOT NULL);
INSERT INTO essaim.schema_version VALUES (1);

-- The council this database holds: at most one row, inserted by the first
-- desktop that connects (a coordinator).
CREATE TABLE essaim.council (
    id          text PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX council_one_row ON essaim.council ((true));

-- Every shared row of the desktops' databases. revision, changed_by,
-- changed_at, territory and parent are the server's: the triggers set them.
CREATE SEQUENCE essaim.revision;
CREATE TABLE essaim.records (
    kind        text NOT NULL,
    key         text NOT NULL,
    revision    bigint NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    data        jsonb NOT NULL,
    territory   text NOT NULL DEFAULT '',
    changed_by  text NOT NULL,
    changed_at  timestamptz NOT NULL,
    parent      text NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
);
CREATE INDEX records_revision ON essaim.records (revision);
-- The key of the record a record belongs to (essaim.kinds), so that a
-- record's territory follows its parent's when that one moves.
CREATE INDEX records_parent ON essaim.records (parent) WHERE parent <> '';

-- The people of the council: their role and, for a contributor, the
-- communes (INSEE codes) they may write in, expanded from the EPCIs and
-- communes the coordinator gave (territory_spec, as typed).
CREATE TABLE essaim.members (
    name            text PRIMARY KEY,
    role            text NOT NULL CHECK (role IN ('coordinator', 'contributor', 'reader')),
    territory_spec  text NOT NULL DEFAULT '',
    communes        text[] NOT NULL DEFAULT '{}'
);

-- Who changed what: one row per write, never the values.
CREATE TABLE essaim.audit (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL,
    user_name   text NOT NULL,
    kind        text NOT NULL,
    key         text NOT NULL,
    revision    bigint NOT NULL,
    operation   text NOT NULL CHECK (operation IN ('insert', 'update', 'delete'))
);
CREATE INDEX audit_record ON essaim.audit (kind, key);

-- The kinds of record a contributor may write (area directory, agenda or
-- projects) and where their territory comes from: their own commune
-- (territory_field) or the record they belong to (parent_kind, whose key is
-- data->>parent_field). A kind not listed has no territory: only a
-- coordinator writes it.
CREATE TABLE essaim.kinds (
    kind            text PRIMARY KEY,
    area            text NOT NULL CHECK (area IN ('directory', 'agenda', 'projects')),
    territory_field text,
    parent_kind     text REFERENCES essaim.kinds (kind),
    parent_field    text,
    CHECK ((territory_field IS NULL) <> (parent_kind IS NULL)),
    CHECK ((parent_kind IS NULL) = (parent_field IS NULL))
);
INSERT INTO essaim.kinds (kind, area, territory_field, parent_kind, parent_field) VALUES
    ('actors',                'directory', 'commune_insee', NULL,       NULL),
    ('contacts',              'directory', NULL,            'actors',   'actor_id'),
    ('actor_tags',            'directory', NULL,            'actors',   'actor_id'),
    ('actor_figures',         'directory', NULL,            'actors',   'actor_id'),
    ('social_utility_scores', 'directory', NULL,            'actors',   'actor_id'),
    ('consent_history',       'directory', NULL,            'contacts', 'contact_id'),
    ('events',                'agenda',    NULL,            'actors',   'organiser_actor_id'),
    ('event_partners',        'agenda',    NULL,            'events',   'event_id'),
    ('event_exceptions',      'agenda',    NULL,            'events',   'event_id'),
    ('registrations',         'agenda',    NULL,            'events',   'event_id'),
    ('projects',              'projects',  'commune_insee', NULL,       NULL),
    ('project_accompaniers',  'projects',  NULL,            'projects', 'project_id'),
    ('project_holders',       'projects',  NULL,            'projects', 'project_id'),
    ('project_interactions',  'projects',  NULL,            'projects', 'project_id'),
    ('project_stages',        'projects',  NULL,            'projects', 'project_id'),
    ('funding_requests',      'projects',  NULL,            'projects', 'project_id');
