-- Placeholder so that this branch's 005_plan.sql can run before the
-- migration 004 of another branch is merged. DELETE THIS FILE AT MERGE.
SELECT 1;
