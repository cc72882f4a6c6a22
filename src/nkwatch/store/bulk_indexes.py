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
"""

import sqlite3


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
    for name, sql in rows:
        with conn:
            exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index'"
                                  " AND name = ?", (name,)).fetchone()
            if not exists:
                conn.execute(sql)
            conn.execute("DELETE FROM suspended_indexes WHERE name = ?", (name,))
    return len(rows)
