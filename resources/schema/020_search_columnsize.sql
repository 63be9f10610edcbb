-- The search index without the size of every column of every entry
-- (columnsize=0): those sizes serve only to rank matches (bm25), and the
-- directory never ranks them, it finds the row ids and sorts them itself.
-- Every import, edit and synchronisation then writes a fifth less to the index.
-- The rest of the definition is version 2's.
DROP TABLE actor_search;
CREATE VIRTUAL TABLE actor_search USING fts5(
    name, acronym, commune, sector, competencies, contacts,
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none,
    prefix = '1 2 3',
    columnsize = 0
);

INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts)
SELECT a.id, a.name, a.acronym, a.commune_name, COALESCE(s.name, ''),
       COALESCE((SELECT group_concat(t.name, ' ') FROM actor_tags t
                 WHERE t.actor_id = a.id AND t.kind = 'competency'), ''),
       COALESCE((SELECT group_concat(c.first_name || ' ' || c.last_name, ' ')
                 FROM contacts c WHERE c.actor_id = a.id), '')
FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id;
