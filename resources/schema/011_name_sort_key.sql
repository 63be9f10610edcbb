-- Names sorted as a French reader expects ("n°2" before "n°10", "Écomusée"
-- among the E): the key is computed by Essaim (TextKey::sortKey, registered
-- on every connection as essaim_sort_key) and kept beside the name, so SQL
-- sorts through an index.
ALTER TABLE actors ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE actors SET sort_key = essaim_sort_key(name);
CREATE INDEX actors_sort_key ON actors(sort_key, id);
