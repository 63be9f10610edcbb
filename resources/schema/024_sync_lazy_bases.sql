-- A record received at a join and not changed since has its local row as
-- its base: sync_shadow.data is then NULL, and the row's record is written
-- there before its first local change (ChangeJournal's capture triggers).
-- A join no longer writes a second copy of its whole council (two thirds of
-- the file). SQLite cannot drop a NOT NULL: the table is rebuilt, as 023 did.
CREATE TABLE sync_shadow_lazy (
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    data        TEXT,
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
);
INSERT INTO sync_shadow_lazy(kind, key, revision, deleted, data, changed_by, changed_at)
    SELECT kind, key, revision, deleted, data, changed_by, changed_at FROM sync_shadow ORDER BY kind, key;
DROP TABLE sync_shadow;
ALTER TABLE sync_shadow_lazy RENAME TO sync_shadow;
CREATE INDEX sync_shadow_deleted ON sync_shadow(kind, revision) WHERE deleted = 1;

-- The secondary indexes a join drops for its length (name and definition):
-- kept here, so that a join cut and resumed later makes them again.
CREATE TABLE sync_join_indexes (
    name    TEXT PRIMARY KEY,
    sql     TEXT NOT NULL
);

-- A join an earlier version left half done had written its council into
-- the shadows only, the tables still empty: it starts again, kind by kind,
-- and what its inbox holds is applied over it as any change.
DELETE FROM sync_shadow WHERE (SELECT receiving FROM sync_state WHERE id = 1) <> 0;
UPDATE sync_state SET receiving = 1, receive_kind = '', receive_key = '' WHERE receiving <> 0;
