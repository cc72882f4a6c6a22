-- The outreach ledger: attempts to reach an actor, the answers, and an audit
-- trail of every change. Nothing is deleted: rows are marked deleted, and the
-- audit keeps who did what, when, with the state before and after.
CREATE TABLE outreach_attempts (
    id            INTEGER PRIMARY KEY,
    date          TEXT NOT NULL,           -- ISO date (start of a range)
    end_date      TEXT,                    -- end of a range, or NULL
    initiator     TEXT NOT NULL,           -- actor id
    target        TEXT NOT NULL,           -- actor id
    channel       TEXT NOT NULL,
    visibility    TEXT NOT NULL CHECK (visibility IN ('private', 'public')),
    summary       TEXT NOT NULL,
    sources       TEXT NOT NULL DEFAULT '[]',   -- JSON list of strings (urls or citations)
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX outreach_attempts_date ON outreach_attempts(date);

CREATE TABLE outreach_responses (
    id            INTEGER PRIMARY KEY,
    attempt_id    INTEGER NOT NULL REFERENCES outreach_attempts(id),
    date          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('none-yet', 'acknowledged', 'rejected',
                                                 'replied', 'answered-in-public')),
    summary       TEXT NOT NULL DEFAULT '',
    sources       TEXT NOT NULL DEFAULT '[]',
    created_at    TEXT NOT NULL,
    deleted_at    TEXT
);
CREATE INDEX outreach_responses_attempt ON outreach_responses(attempt_id, date);

CREATE TABLE outreach_audit (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    who           TEXT NOT NULL,
    action        TEXT NOT NULL,           -- add | update | delete | respond | import
    entity        TEXT NOT NULL,           -- attempt | response
    entity_id     INTEGER NOT NULL,
    before        TEXT,                    -- JSON, NULL when created
    after         TEXT                     -- JSON, NULL when deleted
);
CREATE INDEX outreach_audit_entity ON outreach_audit(entity, entity_id);
