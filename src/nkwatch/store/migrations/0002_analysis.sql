-- Analysis output: one row per mention, per epithet of a mention, per event;
-- and which analysis version produced an article's rows.
CREATE TABLE analyses (
    article_id    INTEGER PRIMARY KEY REFERENCES articles(id),
    version       TEXT NOT NULL,
    analyzed_at   TEXT NOT NULL
);

CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    outlet        TEXT NOT NULL,          -- copied from the article for fast rollups
    date          TEXT NOT NULL,
    actor         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    start         INTEGER NOT NULL,       -- offsets into articles.body
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    form          TEXT,
    title         TEXT,
    epithets      TEXT NOT NULL DEFAULT '[]',
    inferred      INTEGER NOT NULL DEFAULT 0,
    sentence      INTEGER NOT NULL,
    sent_start    INTEGER NOT NULL,
    sent_end      INTEGER NOT NULL,
    tone          REAL
);
CREATE INDEX mentions_actor ON mentions(actor, outlet, date);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_date ON mentions(date);

CREATE TABLE mention_epithets (
    mention_id    INTEGER NOT NULL REFERENCES mentions(id),
    article_id    INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    outlet        TEXT NOT NULL,
    date          TEXT NOT NULL,
    epithet       TEXT NOT NULL
);
CREATE INDEX mention_epithets_actor ON mention_epithets(actor, epithet, date);
CREATE INDEX mention_epithets_epithet ON mention_epithets(epithet, date);

CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id),
    outlet        TEXT NOT NULL,
    date          TEXT NOT NULL,
    type          TEXT NOT NULL,
    source        TEXT,
    target        TEXT,
    sentence      INTEGER NOT NULL,
    sent_start    INTEGER NOT NULL,
    sent_end      INTEGER NOT NULL,
    trigger       TEXT NOT NULL DEFAULT '',
    score         REAL NOT NULL
);
CREATE INDEX events_pair ON events(source, target, date);
CREATE INDEX events_article ON events(article_id);
