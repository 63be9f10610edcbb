-- Essaim schema, version 12: the time zone an event was written in.
-- An event imported from another zone (a partner in New York) repeats on the
-- clock of that zone (RFC 5545 3.3.10) while the agenda shows Paris times:
-- time_zone holds its IANA name ("America/New_York"), or, for a calendar's
-- own zone that no IANA zone matches, the VTIMEZONE text the file gave.
-- starts_at, ends_at and the exceptions stay Paris wall-clock times; the
-- UNTIL of the rule is a wall-clock time of time_zone. Every event known so
-- far was written on the Paris clock.

ALTER TABLE events ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'Europe/Paris';
