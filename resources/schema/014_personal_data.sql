-- Personal data under the RGPD (issue 16): the register of processing
-- activities (article 30), the history of every consent, the audit journal
-- of changes to personal data, and the decisions of the retention review.
-- Timestamps are UTC ISO text written by the program's clock.

-- One row per processing activity; "key" names the pre-filled ones so the
-- program can find the retention period of the directory.
CREATE TABLE processing_activities (
    id                  INTEGER PRIMARY KEY,
    key                 TEXT NOT NULL DEFAULT '',
    name                TEXT NOT NULL,
    purpose             TEXT NOT NULL DEFAULT '',
    legal_basis         TEXT NOT NULL DEFAULT '',
    data_categories     TEXT NOT NULL DEFAULT '',
    person_categories   TEXT NOT NULL DEFAULT '',
    recipients          TEXT NOT NULL DEFAULT '',
    retention_months    INTEGER NOT NULL DEFAULT 36 CHECK (retention_months > 0),
    security_measures   TEXT NOT NULL DEFAULT '',
    active              INTEGER NOT NULL DEFAULT 1,
    position            INTEGER NOT NULL DEFAULT 0
);

-- Each change of a contact's consent to one purpose ('guide', 'newsletter'):
-- the state before and after, the date and source given, when it was
-- recorded. Kept when the contact changes; removed with an erasure.
CREATE TABLE consent_history (
    id                  INTEGER PRIMARY KEY,
    contact_id          INTEGER NOT NULL,
    purpose             TEXT NOT NULL,
    previous_given      INTEGER,
    previous_on         TEXT NOT NULL DEFAULT '',
    previous_source     TEXT NOT NULL DEFAULT '',
    given               INTEGER NOT NULL,
    given_on            TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL DEFAULT '',
    recorded_at         TEXT NOT NULL
);
CREATE INDEX consent_history_contact ON consent_history(contact_id, recorded_at);

-- Who did what to which record, and which fields: never the values, so an
-- erased person leaves nothing here but the fact of the erasure.
CREATE TABLE personal_data_audit (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   INTEGER,
    fields      TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX personal_data_audit_record ON personal_data_audit(record_kind, record_id, at);
CREATE INDEX personal_data_audit_at ON personal_data_audit(at);

-- A contact kept past the retention period, with the reason and the day.
CREATE TABLE retention_decisions (
    contact_id  INTEGER PRIMARY KEY,
    kept_on     TEXT NOT NULL,
    reason      TEXT NOT NULL
);
