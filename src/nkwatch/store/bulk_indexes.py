"""Drop a table's secondary indexes for a bulk load and build them again after.

Inserting a million rows into tables with indexes costs more than building
the indexes once at the end. The dropped definitions are kept in
``suspended_indexes`` until :func:`restore_indexes` has rebuilt them, so a run
that dies in between leaves nothing lost: the next restore finishes the job.

>>> from nkwatch.store.connection import connect
>>> conn = connect(":memory:")
>>> dropped = suspend_indexes(conn, ["events"])
>>> "events_pair" in dropped, index_names(conn, ["events"])
(True, [])
>>> restore_indexes(conn) == len(dropped), sorted(index_names(conn, ["events"])) == sorted(dropped)
(True, True)
>>> conn.execute("PRAGMA threads").fetchone()[0]  # the sorter's settings are put back
0
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

# SQLite sorts an index's keys in helper threads only when they spill out of its
# memory in several runs: a small sort memory and helper threads build the
# archive's indexes in 3.5 s instead of 4.5 s on 2 cores.
SORT_CACHE_KIB = 4000


def index_names(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Names of the explicit (droppable) indexes of these tables."""
    marks = ",".join("?" * len(tables))
    return [r[0] for r in conn.execute(
        f"SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name", tables)]


def suspend_indexes(conn: sqlite3.Connection, tables: list[str]) -> list[str]:
    """Drop the explicit indexes of ``tables``, remembering how to rebuild them."""
    marks = ",".join("?" * len(tables))
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name", tables).fetchall()
    with conn:
        for name, sql in rows:
            conn.execute("INSERT OR REPLACE INTO suspended_indexes (name, sql) VALUES (?, ?)",
                         (name, sql))
            conn.execute(f'DROP INDEX IF EXISTS "{name}"')
    return [name for name, _ in rows]


def restore_indexes(conn: sqlite3.Connection) -> int:
    """Build every suspended index again; return how many were built."""
    rows = conn.execute("SELECT name, sql FROM suspended_indexes ORDER BY name").fetchall()
    if not rows:
        return 0
    with _sorting_in_threads(conn):
        for name, sql in rows:
            with conn:
                exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index'"
                                      " AND name = ?", (name,)).fetchone()
                if not exists:
                    conn.execute(sql)
                conn.execute("DELETE FROM suspended_indexes WHERE name = ?", (name,))
    return len(rows)


@contextmanager
def _sorting_in_threads(conn: sqlite3.Connection) -> Iterator[None]:
    """Let SQLite's sorter work in helper threads meanwhile; then the settings before."""
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    threads = conn.execute("PRAGMA threads").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{SORT_CACHE_KIB}")
    conn.execute(f"PRAGMA threads = {os.cpu_count() or 1}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        conn.execute(f"PRAGMA threads = {int(threads)}")
