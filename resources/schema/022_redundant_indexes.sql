-- Two indexes that a wider one already serves, as its first columns:
-- actor_figures_observatory (year, actor_id, headcount, …) covers every look
-- actor_figures_year made, actors_observatory (commune_insee, …) every look by
-- commune. Each cost every write of a figure or an actor, an import, and a
-- join that makes the indexes again (0.7 s of the 100,000-actor join).
DROP INDEX IF EXISTS actor_figures_year;
DROP INDEX IF EXISTS actors_commune;
