-- Schema 16: the accompaniment of project holders (issue 17): unmet needs,
-- projects with their stage history, holders and accompanying actors, the
-- interaction journal with its next steps, funding requests and calls for
-- projects. Money is integer cents, dates ISO-8601 local calendar dates.

CREATE TABLE needs (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    territory   TEXT NOT NULL DEFAULT '',
    sector_id   INTEGER REFERENCES sectors(id) ON DELETE SET NULL,
    source_kind TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    noted_on    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE projects (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    need_id         INTEGER REFERENCES needs(id) ON DELETE SET NULL,
    sector_id       INTEGER REFERENCES sectors(id) ON DELETE SET NULL,
    commune_insee   TEXT NOT NULL DEFAULT '',
    family          TEXT NOT NULL DEFAULT '',
    actor_id        INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    stage           TEXT NOT NULL DEFAULT 'idea'
                    CHECK (stage IN ('idea', 'emergence', 'feasibility', 'creation', 'consolidation', 'abandoned')),
    stage_since     TEXT NOT NULL DEFAULT '',
    jobs_expected   INTEGER NOT NULL DEFAULT 0 CHECK (jobs_expected >= 0),
    jobs_created    INTEGER NOT NULL DEFAULT 0 CHECK (jobs_created >= 0),
    budget_cents    INTEGER NOT NULL DEFAULT 0 CHECK (budget_cents >= 0),
    founded_on      TEXT NOT NULL DEFAULT '',
    created_on      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX projects_stage ON projects(stage, name);
CREATE INDEX projects_actor ON projects(actor_id) WHERE actor_id IS NOT NULL;

CREATE TABLE project_stages (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    since       TEXT NOT NULL,
    position    INTEGER NOT NULL,
    PRIMARY KEY (project_id, position)
);
CREATE INDEX project_stages_since ON project_stages(since);

CREATE TABLE project_holders (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, contact_id)
);
CREATE INDEX project_holders_contact ON project_holders(contact_id);

CREATE TABLE project_accompaniers (
    project_id  INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role        TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, actor_id)
);
CREATE INDEX project_accompaniers_actor ON project_accompaniers(actor_id);

CREATE TABLE project_interactions (
    id              INTEGER PRIMARY KEY,
    project_id      INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
    on_date         TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'meeting'
                    CHECK (kind IN ('meeting', 'call', 'email', 'committee', 'visit')),
    participants    TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    next_step       TEXT NOT NULL DEFAULT '',
    next_step_due   TEXT NOT NULL DEFAULT '',
    next_step_done  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX project_interactions_project ON project_interactions(project_id, on_date);
-- The open next steps, by due date: the "to do" list and the agenda read only these.
CREATE INDEX project_interactions_due ON project_interactions(next_step_due, project_id)
    WHERE next_step <> '' AND next_step_done = 0;

CREATE TABLE calls_for_projects (
    id              INTEGER PRIMARY KEY,
    funder          TEXT NOT NULL,
    title           TEXT NOT NULL,
    sectors         TEXT NOT NULL DEFAULT '',
    families        TEXT NOT NULL DEFAULT '',
    territory       TEXT NOT NULL DEFAULT '',
    amount_cents    INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
    opens_on        TEXT NOT NULL DEFAULT '',
    closes_on       TEXT NOT NULL DEFAULT '',
    url             TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calls_closes ON calls_for_projects(closes_on);

CREATE TABLE funding_requests (
    id                  INTEGER PRIMARY KEY,
    project_id          INTEGER REFERENCES projects(id) ON DELETE CASCADE,
    actor_id            INTEGER REFERENCES actors(id) ON DELETE CASCADE,
    funder_actor_id     INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    funder_name         TEXT NOT NULL DEFAULT '',
    scheme              TEXT NOT NULL DEFAULT '',
    call_id             INTEGER REFERENCES calls_for_projects(id) ON DELETE SET NULL,
    asked_cents         INTEGER NOT NULL DEFAULT 0 CHECK (asked_cents >= 0),
    granted_cents       INTEGER NOT NULL DEFAULT 0 CHECK (granted_cents >= 0),
    status              TEXT NOT NULL DEFAULT 'preparing'
                        CHECK (status IN ('preparing', 'submitted', 'granted', 'refused')),
    submitted_on        TEXT NOT NULL DEFAULT '',
    decided_on          TEXT NOT NULL DEFAULT '',
    CHECK (project_id IS NOT NULL OR actor_id IS NOT NULL)
);
CREATE INDEX funding_requests_project ON funding_requests(project_id);
CREATE INDEX funding_requests_actor ON funding_requests(actor_id);
CREATE INDEX funding_requests_call ON funding_requests(call_id);
