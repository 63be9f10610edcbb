-- sync_shadow becomes a table with rowids, its key (kind, key) a unique index.
-- Without rowids, a row lives in an index page, which keeps at most about a
-- thousand bytes of it in place (with 4 KiB pages): the record of an actor
-- (1.4 KB of JSON on average) spilled into an overflow page of its own,
-- 4 KiB for some 400 bytes. The shadows of 100,000 actors took 390 MB of
-- overflow pages, 292 MB of them empty, all written at a join. A table page
-- keeps up to 4,061 bytes of a row in place.
CREATE TABLE sync_shadow_by_rowid (
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL,
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key)
);
-- In the order of the keys, as a join writes them, so that a sweep of one
-- kind reads the table in order.
INSERT INTO sync_shadow_by_rowid(kind, key, revision, deleted, data, changed_by, changed_at)
    SELECT kind, key, revision, deleted, data, changed_by, changed_at FROM sync_shadow ORDER BY kind, key;
DROP TABLE sync_shadow;
ALTER TABLE sync_shadow_by_rowid RENAME TO sync_shadow;
-- The deletions among the shadows, few: a join reads them kind by kind
-- without visiting the rows of the records that exist.
CREATE INDEX sync_shadow_deleted ON sync_shadow(kind, revision) WHERE deleted = 1;
