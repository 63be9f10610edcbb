-- Essaim schema, version 10: dates of the user's calendar, never SQLite's.
--
-- The triggers of version 3 stamped archived_on with date('now'), the UTC
-- day: between midnight and 01:00 in Paris (02:00 in summer) an actor
-- archived "today" showed as archived yesterday. The store now writes
-- archived_on itself from the user's local date (Clock::today()); only the
-- trigger that clears it on restoring stays, as it needs no date.
DROP TRIGGER IF EXISTS actors_archived_on_set;
DROP TRIGGER IF EXISTS actors_archived_on_insert;
