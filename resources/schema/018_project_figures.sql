-- Projects sorted as a French reader expects through an index, like the
-- actors (011): the board of 10,000 projects reads them in order instead of
-- sorting their names each time it opens.
ALTER TABLE projects ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE projects SET sort_key = essaim_sort_key(name);
CREATE INDEX projects_sort_key ON projects(sort_key, id);
-- The board reads each project's open next steps in order.
CREATE INDEX project_interactions_open ON project_interactions(project_id, next_step_due)
    WHERE next_step <> '' AND next_step_done = 0;
-- The accompaniment report reads the latest entries of a period.
CREATE INDEX project_interactions_date ON project_interactions(on_date);

-- A plan indicator may take its achieved value from the accompaniment of
-- project holders over the plan's period (projects accompanied, founded,
-- jobs created...); '' is a value entered by hand.
ALTER TABLE plan_indicators ADD COLUMN source TEXT NOT NULL DEFAULT '';
