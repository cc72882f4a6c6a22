-- Indexes dropped for a bulk (re)analysis of the whole store, kept here until
-- they are built again, so an interrupted run leaves a note of what to restore.
CREATE TABLE IF NOT EXISTS suspended_indexes (
    name   TEXT PRIMARY KEY,
    sql    TEXT NOT NULL
);
