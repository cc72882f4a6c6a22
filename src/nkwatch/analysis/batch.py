"""Analyse stored articles in bulk, in parallel, and store the results.

Articles whose stored analysis is missing or was made with another registry
or lexicon version are (re)analysed; results replace the old rows in one
transaction per batch. English and Korean articles are analysed; other
languages (the KCNA archive's Spanish editions of English stories) are kept
for search but not counted, so they do not double the figures.

A run over every article (the first analysis after an archive import, or
``analyze --all``) loads in bulk: it empties the analysis tables, drops their
indexes and builds them once at the end (see ``store/bulk_indexes.py``); the
rollups are counted in memory as the batches go and stored once.

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
from nkwatch.rollups import RollupCounts, rebuild_rollups, refresh_rollups
from nkwatch.signals.engine import detect_series_in_background, refresh_signals
from nkwatch.store.bulk_indexes import restore_indexes, suspend_indexes

ANALYZED_LANGUAGES = ("en", "ko")
ANALYSIS_TABLES = ("mentions", "mention_epithets", "events")
CHUNK = 200
BULK_MIN = 5000  # from this many articles, a run over the whole store loads in bulk

Row = tuple[int, str, str, str, str, str]  # id, body, date, outlet, lang, title


def analyze_rows(rows: list[Row]) -> list[tuple[int, list[tuple], list[tuple]]]:
    """Analyse articles; return per article its mention rows and event rows."""
    out = []
    for article_id, body, date, outlet, lang, title in rows:
        doc = annotate(body, date=date, outlet=outlet, lang=lang, headline=title)
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
        f"SELECT id, body, date, outlet, lang, title FROM articles WHERE id IN ({marks})",
        ids)]


def _write(conn: sqlite3.Connection, results: list, meta: dict[int, tuple[str, str]],
           version: str, fresh: bool = False) -> tuple[int, int]:
    """Replace the stored analysis of these articles, in one transaction.

    ``fresh``: the analysis tables were emptied for a bulk run; nothing to delete.
    """
    now = datetime.now(UTC).isoformat(timespec="seconds")
    ids = [r[0] for r in results]
    with conn:
        conn.execute("BEGIN IMMEDIATE")  # the write lock before max(id) is read
        if not fresh:
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
                                     m[4], m[5], m[6], (json.dumps(epithets, ensure_ascii=False)
                                                       if epithets else "[]"),
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


def analyze_ids(conn: sqlite3.Connection, ids: list[int], version: str,
                fresh: bool = False) -> tuple[int, int, int, RollupCounts | None]:
    """Read, analyse and store these articles; return (articles, mentions, events,
    and for a bulk run their rollup counts)."""
    rows = _rows(conn, ids)
    meta = {r[0]: (r[3], r[2]) for r in rows}
    results = analyze_rows(rows)
    mentions, events = _write(conn, results, meta, version, fresh)
    counts = None
    if fresh:
        counts = RollupCounts()
        counts.count((meta[r[0]] for r in results),
                     ((meta[article_id][0], m[0], meta[article_id][1], article_id, m[5], m[12])
                      for article_id, found, _ in results for m in found))
    return len(rows), mentions, events, counts


_worker_conn: sqlite3.Connection | None = None


def _worker_start(db_path: str, fresh: bool) -> None:
    global _worker_conn
    from nkwatch.store.connection import connect

    _worker_conn = connect(db_path)
    if fresh:
        # rows of a bulk run point at articles read a moment ago and at mention
        # ids this worker just wrote: checking each key again is wasted work
        _worker_conn.execute("PRAGMA foreign_keys=OFF")


def _worker_run(ids: list[int], version: str, fresh: bool
                ) -> tuple[int, int, int, RollupCounts | None]:
    assert _worker_conn is not None
    return analyze_ids(_worker_conn, ids, version, fresh)


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
    restore_indexes(conn)  # left behind by an interrupted bulk run
    version = analysis_version()
    pending = _pending_ids(conn, version, ids, redo, missing_only)
    totals = {"analyzed": 0, "mentions": 0, "events": 0}
    if not pending:
        return totals
    fresh = len(pending) >= BULK_MIN and len(pending) == _analysable(conn)
    if fresh:
        _clear_analyses(conn)
    chunks = [pending[i:i + CHUNK] for i in range(0, len(pending), CHUNK)]
    path = _db_path(conn)
    rollups = RollupCounts()
    stored = False
    try:
        with Progress("analyze", len(pending), unit="articles", enabled=show_progress) as bar:
            if workers > 1 and path and len(chunks) > 1:
                with ProcessPoolExecutor(max_workers=workers, initializer=_worker_start,
                                         initargs=(path, fresh)) as pool:
                    n = len(chunks)
                    for counts in pool.map(_worker_run, chunks, [version] * n, [fresh] * n):
                        _add(totals, rollups, *counts)
                        bar.update(totals["analyzed"], totals["analyzed"])
            else:
                for chunk in chunks:
                    _add(totals, rollups, *analyze_ids(conn, chunk, version, fresh))
                    bar.update(totals["analyzed"], totals["analyzed"])
        if fresh:
            # its secondary index is built again with the others below: storing 250,000
            # cells into an indexed table took twice as long
            suspend_indexes(conn, ["rollup_daily"])
            rollups.store(conn)
            stored = True
    finally:
        if fresh and not stored:
            # cut short: batches may be stored whose counts never came back
            rebuild_rollups(conn)
        # the series part of the signals needs the rollups only: it runs while the
        # indexes are built
        series = detect_series_in_background(path) if stored and path else None
        restore_indexes(conn)
    if fresh:
        refresh_signals(conn, series.result() if series is not None else None)
    else:
        after_analysis(conn, _touched(conn, pending))
    return totals


def _analysable(conn: sqlite3.Connection) -> int:
    marks = ",".join("?" * len(ANALYZED_LANGUAGES))
    return conn.execute(f"SELECT count(*) FROM articles WHERE lang IN ({marks})",
                        ANALYZED_LANGUAGES).fetchone()[0]


def _clear_analyses(conn: sqlite3.Connection) -> None:
    """Empty the analysis tables and drop their indexes for a bulk run over every article.

    An article whose analysis is gone counts as never analysed, so a run cut
    short is finished by the next ``analyze``.
    """
    suspend_indexes(conn, list(ANALYSIS_TABLES))
    # without key checks a DELETE with no WHERE empties a table at once (SQLite's
    # truncate optimisation) instead of row by row
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        with conn:
            for table in ("mention_epithets", "mentions", "events", "analyses"):
                conn.execute(f"DELETE FROM {table}")
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def _add(totals: dict, rollups: RollupCounts, articles: int, mentions: int, events: int,
         counts: RollupCounts | None) -> None:
    totals["analyzed"] += articles
    totals["mentions"] += mentions
    totals["events"] += events
    if counts is not None:
        rollups.merge(counts)
