-- Re-analysis deletes mentions, and the foreign key from mention_epithets made
-- every deleted mention scan that table: index it. Two mention indexes that
-- others cover are dropped (fewer indexes, faster inserts).
CREATE INDEX IF NOT EXISTS mention_epithets_mention ON mention_epithets(mention_id);
DROP INDEX IF EXISTS mentions_actor;
DROP INDEX IF EXISTS mentions_date;
