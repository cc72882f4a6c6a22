"""Queries over stored events: who did what to whom, listed or counted per period.

Each row carries the sentences behind it (all of them for a listing, the
first few for a count, with the total so a client can page on).

>>> from nkwatch.store.connection import connect
>>> events(connect(":memory:"), source="north-korea")
[]
"""

import sqlite3

from nkwatch.store.mention_queries import period_length

EVENT_SENTENCE_SQL = "substr(a.body, e.sent_start + 1, e.sent_end - e.sent_start)"


def side_column(side: str, actor: str) -> str:
    """The events column to filter on: a country matches through ``*_country``
    (itself and every actor acting for it), anyone else by id.

    >>> side_column("source", "north-korea"), side_column("source", "kim-jong-un")
    ('source_country', 'source')
    """
    from nkwatch.analysis.registry import load_registry

    entry = load_registry().actors.get(actor)
    return f"{side}_country" if entry is not None and entry.kind == "country" else side


def side_filters(prefix: str, source: str | None,
                 target: str | None) -> tuple[list[str], list]:
    """SQL clauses and parameters for an event's source and target.

    >>> side_filters("e.", "north-korea", "donald-trump")
    (['e.source_country = ?', 'e.target = ?'], ['north-korea', 'donald-trump'])
    """
    clauses, params = [], []
    for side, value in (("source", source), ("target", target)):
        if value is not None:
            clauses.append(f"{prefix}{side_column(side, value)} = ?")
            params.append(value)
    return clauses, params


def _where(source: str | None, target: str | None, type_: str | None, outlet: str | None,
           since: str | None, until: str | None) -> tuple[str, list]:
    """Filters; a country matches every actor acting for it (its leaders, army, ...)."""
    clauses, params = side_filters("e.", source, target)
    for column, op, value in (("e.type", "=", type_), ("e.outlet", "=", outlet),
                              ("e.date", ">=", since), ("e.date", "<=", until)):
        if value is not None:
            clauses.append(f"{column} {op} ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events(conn: sqlite3.Connection, *, source: str | None = None, target: str | None = None,
           type_: str | None = None, outlet: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 100, offset: int = 0) -> list[dict]:
    """Events, newest first, each with its sentence."""
    where, params = _where(source, target, type_, outlet, since, until)
    rows = conn.execute(
        "SELECT e.date, e.outlet, e.type, e.source, e.target, e.source_country,"
        " e.target_country, e.trigger, e.score, a.url,"
        f" a.title, {EVENT_SENTENCE_SQL} AS sentence FROM events e"
        f" JOIN articles a ON a.id = e.article_id{where}"
        " ORDER BY e.date DESC, e.id DESC LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [dict(r) for r in rows]


def event_counts(conn: sqlite3.Connection, *, by: str = "month", source: str | None = None,
                 target: str | None = None, type_: str | None = None, outlet: str | None = None,
                 since: str | None = None, until: str | None = None,
                 examples: int = 3) -> list[dict]:
    """Events per period and type (for the source and target asked), with mean score,
    first and last date, and the first sentences of each row."""
    n = period_length(by)
    where, params = _where(source, target, type_, outlet, since, until)
    rows = conn.execute(
        f"SELECT substr(e.date, 1, {n}) AS period, e.type, count(*) AS events,"
        " round(avg(e.score), 2) AS score, min(e.date) AS first, max(e.date) AS last"
        f" FROM events e{where} GROUP BY period, e.type ORDER BY period, events DESC",
        params).fetchall()
    out = []
    for row in rows:
        item = {"period": row["period"], "source": source, "target": target,
                "type": row["type"], "events": row["events"], "score": row["score"],
                "first": row["first"], "last": row["last"]}
        sub_where, sub_params = _where(source, target, row["type"], outlet, row["first"],
                                       row["last"])
        item["evidence"] = [dict(r) for r in conn.execute(
            f"SELECT a.url, e.date, e.source, e.target, {EVENT_SENTENCE_SQL} AS sentence"
            f" FROM events e JOIN articles a ON a.id = e.article_id{sub_where}"
            " ORDER BY e.date, e.id LIMIT ?", [*sub_params, examples])]
        out.append(item)
    return out
