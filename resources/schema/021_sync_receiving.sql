-- A desktop joining a council receives the server's records straight into
-- sync_shadow (the bases of later merges), without the inbox's round trip.
-- receiving: 0 when no join is under way; 1 while the council is read in
-- the order of its keys (the order of sync_shadow, which then only grows at
-- its end), after the record (receive_kind, receive_key), up to the
-- revision pulled_revision the server had reached when the join began; 2
-- once read, while what changed meanwhile is read by revision and the
-- council is written. A join cut anywhere resumes from there.
ALTER TABLE sync_state ADD COLUMN receiving INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_state ADD COLUMN receive_kind TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_state ADD COLUMN receive_key TEXT NOT NULL DEFAULT '';
