-- Rollups per outlet x actor x day, kept current by analyze; the analysed
-- articles per outlet and day (the denominator of shares); detected signals;
-- and which alerts were delivered where.
CREATE TABLE rollup_daily (
    outlet        TEXT NOT NULL,
    actor         TEXT NOT NULL,
    date          TEXT NOT NULL,
    articles      INTEGER NOT NULL,       -- articles of the outlet that day naming the actor
    mentions      INTEGER NOT NULL,
    title         INTEGER NOT NULL,
    name          INTEGER NOT NULL,
    role          INTEGER NOT NULL,
    epithet       INTEGER NOT NULL,
    tone_sum      REAL NOT NULL,
    tone_sq       REAL NOT NULL,
    tone_n        INTEGER NOT NULL,
    PRIMARY KEY (outlet, actor, date)
) WITHOUT ROWID;
CREATE INDEX rollup_daily_actor ON rollup_daily(actor, date);

CREATE TABLE outlet_daily (
    outlet        TEXT NOT NULL,
    date          TEXT NOT NULL,
    articles      INTEGER NOT NULL,       -- analysed articles of the outlet that day
    PRIMARY KEY (outlet, date)
) WITHOUT ROWID;

CREATE TABLE signals (
    key           TEXT PRIMARY KEY,       -- kind|actor|outlet|date|detail: stable across runs
    kind          TEXT NOT NULL,
    actor         TEXT NOT NULL,
    outlet        TEXT NOT NULL,
    date          TEXT NOT NULL,
    strength      REAL NOT NULL,
    detail        TEXT NOT NULL,          -- JSON
    evidence      TEXT NOT NULL,          -- JSON [{"url", "date", "sentence"}]
    detected_at   TEXT NOT NULL
);
CREATE INDEX signals_actor ON signals(actor, date);
CREATE INDEX signals_date ON signals(date);

CREATE TABLE alerts_sent (
    rule          TEXT NOT NULL,
    signal_key    TEXT NOT NULL,
    channel       TEXT NOT NULL,          -- stdout | file:PATH | webhook:URL
    sent_at       TEXT NOT NULL,
    PRIMARY KEY (rule, signal_key, channel)
);
CREATE INDEX mention_epithets_article ON mention_epithets(article_id);
CREATE INDEX mentions_outlet_date ON mentions(outlet, date);
