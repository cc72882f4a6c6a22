-- Articles as published (raw) and normalised, with where they came from.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    outlet        TEXT NOT NULL,
    lang          TEXT NOT NULL,
    date          TEXT NOT NULL,            -- ISO YYYY-MM-DD
    url           TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '',
    body_raw      TEXT NOT NULL,            -- exactly as published
    body          TEXT NOT NULL,            -- normalised (see nkwatch.ingest.normalize)
    offset_map    TEXT NOT NULL,            -- JSON [[body_pos, raw_pos], ...] anchors
    hash          TEXT NOT NULL UNIQUE,     -- sha1 of the normalised body
    source        TEXT NOT NULL,            -- file it was read from
    position      INTEGER NOT NULL,         -- line (or record) number in that file
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_outlet_date ON articles(outlet, date);
CREATE INDEX articles_date ON articles(date);

-- The same text published under another url: an alias of the first article.
CREATE TABLE aliases (
    url           TEXT PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    source        TEXT NOT NULL,
    position      INTEGER NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX aliases_article ON aliases(article_id);

-- Every later version of an article (same url, changed text) is kept.
CREATE TABLE article_versions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    title         TEXT NOT NULL,
    body_raw      TEXT NOT NULL,
    hash          TEXT NOT NULL,
    source        TEXT NOT NULL,
    position      INTEGER NOT NULL,
    ingested_at   TEXT NOT NULL,
    UNIQUE(article_id, hash)
);

-- Full-text index over title and normalised body (external content).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

-- One row per ingest run, for the record.
CREATE TABLE ingest_runs (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    paths         TEXT NOT NULL,
    summary       TEXT
);
