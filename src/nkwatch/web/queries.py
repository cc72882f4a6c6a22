"""Queries the web face needs beyond ``nkwatch.store``: events, articles, overview.

All read-only; every row that counts or quotes something carries its article.

>>> from nkwatch.store.connection import connect
>>> conn = connect(":memory:")
>>> events(conn, limit=5)
[]
>>> article(conn, 1) is None
True
"""

import json
import sqlite3
from datetime import date, timedelta

from nkwatch.store.event_queries import side_filters
from nkwatch.store.mention_queries import SENTENCE_SQL, actors

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
               "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "INVESTIGATE",
               "SANCTION", "MOBILIZE", "COERCE", "FIGHT", "ASSAULT")
EVENT_SENTENCE_SQL = "substr(a.body, e.sent_start + 1, e.sent_end - e.sent_start)"


def _where(pairs: list[tuple[str, str, object]]) -> tuple[str, list]:
    clauses, params = [], []
    for column, op, value in pairs:
        if value is not None:
            clauses.append(f"{column} {op} ?")
            params.append(value)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def outlet_exists(conn: sqlite3.Connection, outlet: str) -> bool:
    """Whether any article of ``outlet`` is stored."""
    return conn.execute("SELECT 1 FROM articles WHERE outlet = ? LIMIT 1",
                        (outlet,)).fetchone() is not None


def outlets(conn: sqlite3.Connection) -> list[dict]:
    """Analysed outlets: articles analysed, first and last day."""
    rows = conn.execute("SELECT outlet, sum(articles) AS articles, min(date) AS first,"
                        " max(date) AS last FROM outlet_daily GROUP BY outlet ORDER BY outlet")
    return [dict(r) for r in rows]


def actor_exists(conn: sqlite3.Connection, actor: str) -> bool:
    """Whether ``actor`` is in the registry or named anywhere in the store."""
    from nkwatch.analysis.registry import load_registry

    if actor in load_registry().actors:
        return True
    return conn.execute("SELECT 1 FROM mentions WHERE actor = ? LIMIT 1",
                        (actor,)).fetchone() is not None


def actor_name(actor: str) -> str:
    """The registry's English name of ``actor`` (the id itself when unregistered)."""
    from nkwatch.analysis.registry import load_registry

    entry = load_registry().actors.get(actor)
    return entry.name if entry else actor


def _decode(row: sqlite3.Row) -> dict:
    item = dict(row)
    if isinstance(item.get("epithets"), str):
        item["epithets"] = json.loads(item["epithets"])
    return item


def evidence(conn: sqlite3.Connection, actor: str, *, outlet: str | None = None,
             since: str | None = None, until: str | None = None, form: str | None = None,
             epithet: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    """The sentences behind a chart cell or table row: mentions of ``actor``.

    Without ``epithet`` this is :func:`nkwatch.rollups.cell_evidence`; with it,
    only mentions carrying that exact epithet.
    """
    from nkwatch.rollups import cell_evidence

    if epithet is None:
        rows = cell_evidence(conn, actor, outlet, since or "0000-00-00", until or "9999-99-99",
                             form=form, limit=limit, offset=offset)
        return [_decode(r) for r in rows]
    where, params = _where([("e.actor", "=", actor), ("e.epithet", "=", epithet),
                            ("e.outlet", "=", outlet), ("e.date", ">=", since),
                            ("e.date", "<=", until), ("m.form", "=", form)])
    rows = conn.execute(
        "SELECT m.id AS mention, a.id AS article_id, a.url, a.date, a.outlet, a.title,"
        f" m.text, m.form, m.epithets, m.tone, {SENTENCE_SQL} AS sentence"
        " FROM mention_epithets e JOIN mentions m ON m.id = e.mention_id"
        f" JOIN articles a ON a.id = m.article_id{where}"
        " ORDER BY e.date, m.article_id, m.start LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return [_decode(r) for r in rows]


def _with_sides(prefix: str, where: str, params: list, source: str | None,
                target: str | None) -> tuple[str, list]:
    """Add source/target filters; a country also matches the actors acting for it."""
    clauses, extra = side_filters(prefix, source, target)
    if not clauses:
        return where, params
    joined = " AND ".join(clauses)
    return (f"{where} AND {joined}" if where else f" WHERE {joined}"), [*params, *extra]


def events(conn: sqlite3.Connection, *, source: str | None = None, target: str | None = None,
           type: str | None = None, outlet: str | None = None, since: str | None = None,
           until: str | None = None, article_id: int | None = None, limit: int = 100,
           offset: int = 0, newest_first: bool = False) -> list[dict]:
    """Coded events with their sentence, oldest first unless ``newest_first`` (a country
    matches its actors)."""
    where, params = _where([("e.type", "=", type), ("e.outlet", "=", outlet),
                            ("e.date", ">=", since), ("e.date", "<=", until),
                            ("e.article_id", "=", article_id)])
    where, params = _with_sides("e.", where, params, source, target)
    rows = conn.execute(
        "SELECT e.id, e.article_id, e.outlet, e.date, e.type, e.source, e.target, e.trigger,"
        " e.score, e.sentence AS sentence_index, e.sent_start, e.sent_end,"
        f" {EVENT_SENTENCE_SQL} AS sentence, a.url, a.title"
        f" FROM events e JOIN articles a ON a.id = e.article_id{where}"
        f" ORDER BY {'e.date DESC, e.id DESC' if newest_first else 'e.date, e.id'}"
        " LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return [dict(r) for r in rows]


def event_counts(conn: sqlite3.Connection, *, n: int, source: str | None = None,
                 target: str | None = None, type: str | None = None,
                 outlet: str | None = None, since: str | None = None,
                 until: str | None = None) -> list[dict]:
    """Events per period (first ``n`` characters of the date) and type, with mean score."""
    where, params = _where([("type", "=", type), ("outlet", "=", outlet),
                            ("date", ">=", since), ("date", "<=", until)])
    where, params = _with_sides("", where, params, source, target)
    rows = conn.execute(
        f"SELECT substr(date, 1, {int(n)}) AS period, type, count(*) AS events,"
        f" round(avg(score), 3) AS score FROM events{where}"
        " GROUP BY period, type ORDER BY period, type", params).fetchall()
    return [dict(r) for r in rows]


def article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """One article with its mentions (offsets into ``body``) and events."""
    row = conn.execute("SELECT id, outlet, lang, date, url, title, body FROM articles"
                       " WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    item = dict(row)
    mentions = conn.execute(
        "SELECT id, actor, kind, start, end, text, form, title, epithets, inferred,"
        " sentence, sent_start, sent_end, tone FROM mentions WHERE article_id = ?"
        " ORDER BY start, end DESC", (article_id,)).fetchall()
    item["mentions"] = [_decode(m) for m in mentions]
    for m in item["mentions"]:
        m["inferred"] = bool(m["inferred"])
    item["events"] = events(conn, article_id=article_id, limit=1000)
    return item


def latest_date(conn: sqlite3.Connection) -> str | None:
    """The newest article date in the store."""
    return conn.execute("SELECT max(date) FROM articles").fetchone()[0]


def _month_bounds(month: str) -> tuple[str, str]:
    first = date.fromisoformat(month + "-01")
    after = (first + timedelta(days=32)).replace(day=1)
    return first.isoformat(), (after - timedelta(days=1)).isoformat()


def trending(conn: sqlite3.Connection, month: str, *, baseline_months: int = 12,
             limit: int = 15) -> dict:
    """The most-mentioned actors in ``month`` (YYYY-MM) against their own baseline.

    The baseline is the actor's mentions per analysed article over the
    ``baseline_months`` before ``month``; ``expected`` scales it to this
    month's articles, and ``ratio`` is mentions over expected.
    """
    since, until = _month_bounds(month)
    base_since = date.fromisoformat(since)
    for _ in range(baseline_months):
        base_since = (base_since - timedelta(days=1)).replace(day=1)
    base_until = (date.fromisoformat(since) - timedelta(days=1)).isoformat()
    base_since_iso = base_since.isoformat()

    def published(lo: str, hi: str) -> int:
        found = conn.execute("SELECT sum(articles) FROM outlet_daily WHERE date BETWEEN ? AND ?",
                             (lo, hi)).fetchone()[0]
        return found or 0

    now_articles = published(since, until)
    base_articles = published(base_since_iso, base_until)
    top = actors(conn, since=since, until=until, limit=limit)
    rows = []
    for entry in top:
        base = conn.execute(
            "SELECT total(mentions) FROM rollup_daily WHERE actor = ? AND date BETWEEN ? AND ?",
            (entry["id"], base_since_iso, base_until)).fetchone()[0]
        expected = base / base_articles * now_articles if base_articles else None
        rows.append({"id": entry["id"], "name": entry["name"], "kind": entry["kind"],
                     "mentions": entry["mentions"], "articles": entry["articles"],
                     "baseline_mentions": int(base),
                     "expected": round(expected, 1) if expected is not None else None,
                     "ratio": round(entry["mentions"] / expected, 2) if expected else None})
    return {"month": month, "since": since, "until": until, "articles": now_articles,
            "baseline": {"since": base_since_iso, "until": base_until,
                         "articles": base_articles},
            "actors": rows}


def signals(conn: sqlite3.Connection, *, since: str | None = None, until: str | None = None,
            actor: str | None = None, outlet: str | None = None, kind: str | None = None,
            min_strength: float | None = None, order: str = "asc", limit: int = 100,
            offset: int = 0) -> list[dict]:
    """One page of stored signals, as :func:`nkwatch.signals.engine.stored_signals` gives them.

    Paged in SQL, so the latest few do not decode every signal's evidence.
    """
    where, params = _where([("date", ">=", since), ("date", "<=", until),
                            ("actor", "=", actor), ("outlet", "=", outlet),
                            ("kind", "=", kind), ("strength", ">=", min_strength)])
    direction = "DESC" if order == "desc" else "ASC"
    rows = conn.execute(
        f"SELECT key, kind, actor, outlet, date, strength, detail, evidence FROM signals{where}"
        f" ORDER BY date {direction}, actor {direction}, kind {direction}, key {direction}"
        " LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    return [{"kind": r["kind"], "actor": r["actor"], "outlet": r["outlet"], "date": r["date"],
             "strength": r["strength"], "detail": json.loads(r["detail"]),
             "evidence": json.loads(r["evidence"]), "key": r["key"]} for r in rows]
