-- Listing events in date order without a filter (API p95).
CREATE INDEX IF NOT EXISTS events_date ON events(date, id);
