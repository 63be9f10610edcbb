-- Full-text search over the directory. detail=none keeps only row ids in the
-- index (no positions): the search is prefix matching of every word, which
-- needs nothing more, and short prefixes stay fast at 100,000 actors.
CREATE VIRTUAL TABLE actor_search USING fts5(
    name, acronym, commune, sector, competencies, contacts,
    tokenize = 'unicode61 remove_diacritics 2',
    detail = none,
    prefix = '1 2 3'
);

INSERT INTO actor_search(rowid, name, acronym, commune, sector, competencies, contacts)
SELECT a.id, a.name, a.acronym, a.commune_name, COALESCE(s.name, ''),
       COALESCE((SELECT group_concat(t.name, ' ') FROM actor_tags t
                 WHERE t.actor_id = a.id AND t.kind = 'competency'), ''),
       COALESCE((SELECT group_concat(c.first_name || ' ' || c.last_name, ' ')
                 FROM contacts c WHERE c.actor_id = a.id), '')
FROM actors a LEFT JOIN sectors s ON s.id = a.sector_id;
