"""Analyse stored articles in bulk, in parallel, and store the results.

Articles whose stored analysis is missing or was made with another registry
or lexicon version are (re)analysed; results replace the old rows in one
transaction per batch. English and Korean articles are analysed; other
languages (the KCNA archive's Spanish editions of English stories) are kept
for search but not counted, so they do not double the figures.

>>> from nkwatch.store.connection import connect
>>> analyze_store(connect(":memory:"), show_progress=False)
{'analyzed': 0, 'mentions': 0, 'events': 0}
"""

import json
import sqlite3
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime

from nkwatch.analysis.pipeline import analysis_version, annotate
from nkwatch.progress import Progress

ANALYZED_LANGUAGES = ("en", "ko")
CHUNK = 200

Row = tuple[int, str, str, str, str]  # id, body, date, outlet, lang


def analyze_rows(rows: list[Row]) -> list[tuple[int, list[tuple], list[tuple]]]:
    """Analyse articles; return per article its mention rows and event rows."""
    out = []
    for article_id, body, date, outlet, lang in rows:
        doc = annotate(body, date=date, outlet=outlet, lang=lang)
        sentences = doc.sentences or [(0, len(body))]
        mentions = []
        for m in doc.mentions:
            s_start, s_end = sentences[min(m.sentence, len(sentences) - 1)]
            mentions.append((m.actor, m.kind, m.start, m.end, m.text, m.form, m.title,
                             m.epithets, int(m.inferred), m.sentence, s_start, s_end, m.tone))
        events = []
        for e in doc.events:
            s_start, s_end = sentences[min(e.sentence, len(sentences) - 1)]
            events.append((e.type, e.source, e.target, e.sentence, s_start, s_end, e.trigger,
                           e.score, e.source_country, e.target_country))
        out.append((article_id, mentions, events))
    return out


def _pending_ids(conn: sqlite3.Connection, version: str, ids: Iterable[int] | None,
                 redo: bool, missing_only: bool) -> list[int]:
    """Ids of the articles to analyse, in id order."""
    marks = ",".join("?" * len(ANALYZED_LANGUAGES))
    sql = (f"SELECT a.id FROM articles a LEFT JOIN analyses x ON x.article_id = a.id"
           f" WHERE a.lang IN ({marks})")
    params: list = list(ANALYZED_LANGUAGES)
    if missing_only:
        sql += " AND x.version IS NULL"
    elif not redo:
        sql += " AND (x.version IS NULL OR x.version != ?)"
        params.append(version)
    if ids is None:
        return [r[0] for r in conn.execute(sql + " ORDER BY a.id", params)]
    wanted = sorted(set(ids))
    found: list[int] = []
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        clause = f" AND a.id IN ({','.join('?' * len(part))})"
        found.extend(r[0] for r in conn.execute(sql + clause + " ORDER BY a.id", params + part))
    return found


def _rows(conn: sqlite3.Connection, ids: list[int]) -> list[Row]:
    marks = ",".join("?" * len(ids))
    return [tuple(r) for r in conn.execute(
        f"SELECT id, body, date, outlet, lang FROM articles WHERE id IN ({marks})", ids)]


def _write(conn: sqlite3.Connection, results: list, meta: dict[int, tuple[str, str]],
           version: str) -> tuple[int, int]:
    """Replace the stored analysis of these articles, in one transaction."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    ids = [r[0] for r in results]
    with conn:
        marks = ",".join("?" * len(ids))
        conn.execute(f"DELETE FROM mention_epithets WHERE article_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM mentions WHERE article_id IN ({marks})", ids)
        conn.execute(f"DELETE FROM events WHERE article_id IN ({marks})", ids)
        next_id = (conn.execute("SELECT max(id) FROM mentions").fetchone()[0] or 0) + 1
        mention_rows, epithet_rows, event_rows = [], [], []
        for article_id, mentions, events in results:
            outlet, date = meta[article_id]
            for m in mentions:
                epithets = m[7]
                mention_rows.append((next_id, article_id, outlet, date, m[0], m[1], m[2], m[3],
                                     m[4], m[5], m[6], json.dumps(epithets, ensure_ascii=False),
                                     m[8], m[9], m[10], m[11], m[12]))
                for epithet in epithets:
                    epithet_rows.append((next_id, article_id, m[0], outlet, date, epithet))
                next_id += 1
            for e in events:
                event_rows.append((article_id, outlet, date, *e))
        conn.executemany(
            "INSERT INTO mentions (id, article_id, outlet, date, actor, kind, start, end, text,"
            " form, title, epithets, inferred, sentence, sent_start, sent_end, tone)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", mention_rows)
        conn.executemany(
            "INSERT INTO mention_epithets (mention_id, article_id, actor, outlet, date, epithet)"
            " VALUES (?,?,?,?,?,?)", epithet_rows)
        conn.executemany(
            "INSERT INTO events (article_id, outlet, date, type, source, target, sentence,"
            " sent_start, sent_end, trigger, score, source_country, target_country)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", event_rows)
        conn.executemany(
            "INSERT OR REPLACE INTO analyses (article_id, version, analyzed_at) VALUES (?,?,?)",
            [(i, version, now) for i in ids])
    return len(mention_rows), len(event_rows)


def analyze_ids(conn: sqlite3.Connection, ids: list[int], version: str) -> tuple[int, int, int]:
    """Read, analyse and store these articles; return (articles, mentions, events)."""
    rows = _rows(conn, ids)
    meta = {r[0]: (r[3], r[2]) for r in rows}
    results = analyze_rows(rows)
    mentions, events = _write(conn, results, meta, version)
    return len(rows), mentions, events


_worker_conn: sqlite3.Connection | None = None


def _worker_start(db_path: str) -> None:
    global _worker_conn
    from nkwatch.store.connection import connect

    _worker_conn = connect(db_path)


def _worker_run(ids: list[int], version: str) -> tuple[int, int, int]:
    assert _worker_conn is not None
    return analyze_ids(_worker_conn, ids, version)


def _db_path(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("PRAGMA database_list").fetchone()
    return row[2] or None


def _touched(conn: sqlite3.Connection, ids: list[int]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ",".join("?" * len(part))
        out.update(tuple(r) for r in conn.execute(
            f"SELECT DISTINCT outlet, date FROM articles WHERE id IN ({marks})", part))
    return out


def after_analysis(conn: sqlite3.Connection, outlet_dates: set[tuple[str, str]]) -> None:
    """Keep derived data current: rollups of the outlet-days that changed, then signals."""
    from nkwatch.rollups import refresh_rollups
    from nkwatch.signals.engine import refresh_signals

    refresh_rollups(conn, outlet_dates)
    refresh_signals(conn)


def analyze_store(conn: sqlite3.Connection, *, ids: Iterable[int] | None = None,
                  redo: bool = False, missing_only: bool = False, workers: int = 1,
                  show_progress: bool = True) -> dict:
    """Analyse the articles that need it and store the results; return counts.

    By default: articles never analysed or analysed with another registry or
    lexicon version. ``missing_only``: only those never analysed (what ingest
    does). ``redo``: all of them. ``ids`` restricts any of these. With several
    workers each process reads, analyses and writes its own batches (SQLite
    WAL serialises the short write transactions).
    """
    version = analysis_version()
    pending = _pending_ids(conn, version, ids, redo, missing_only)
    totals = {"analyzed": 0, "mentions": 0, "events": 0}
    if not pending:
        return totals
    chunks = [pending[i:i + CHUNK] for i in range(0, len(pending), CHUNK)]
    path = _db_path(conn)
    with Progress("analyze", len(pending), unit="articles", enabled=show_progress) as bar:
        if workers > 1 and path and len(chunks) > 1:
            with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                                     initargs=(path,)) as pool:
                results = pool.map(_worker_run, chunks, [version] * len(chunks))
                for articles, mentions, events in results:
                    _add(totals, articles, mentions, events)
                    bar.update(totals["analyzed"], totals["analyzed"])
        else:
            for chunk in chunks:
                _add(totals, *analyze_ids(conn, chunk, version))
                bar.update(totals["analyzed"], totals["analyzed"])
    after_analysis(conn, _touched(conn, pending))
    return totals


def _add(totals: dict, articles: int, mentions: int, events: int) -> None:
    totals["analyzed"] += articles
    totals["mentions"] += mentions
    totals["events"] += events
