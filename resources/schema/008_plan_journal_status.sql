-- Essaim schema, version 8: a journal entry may record the status the item
-- took that day (issue 11), so a roadmap "as of" a past date shows each
-- action as it stood then. NULL: the entry records no change of status.

ALTER TABLE plan_journal ADD COLUMN status TEXT;
