-- Events keep the actors as named (a person, a ministry, a country) and the
-- countries they act for, so "north-korea -> united-states" finds the KPA's and
-- Kim Jong Un's threats too.
ALTER TABLE events ADD COLUMN source_country TEXT;
ALTER TABLE events ADD COLUMN target_country TEXT;
CREATE INDEX events_countries ON events(source_country, target_country, date);
