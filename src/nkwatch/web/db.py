"""Read-only access to the store: one SQLite connection per worker thread.

The server never writes: connections are opened with ``mode=ro`` and
``PRAGMA query_only``, and a store older than the tables the web face reads
(schema :data:`NEEDED_SCHEMA`) is refused; any other ``nkwatch`` command
upgrades it.

>>> import tempfile, os
>>> from nkwatch.store.connection import connect
>>> path = os.path.join(tempfile.mkdtemp(), "x.db")
>>> connect(path).close()
>>> store = ReadOnlyStore(path)
>>> store.conn().execute("SELECT count(*) FROM articles").fetchone()[0]
0
"""

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from nkwatch.errors import UserError

NEEDED_SCHEMA = 6  # articles, analysis, rollups and signals, outreach, indexes, event countries
T = TypeVar("T")


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open the store at ``path`` read-only (``sqlite3.Row`` rows); check its schema."""
    file = Path(path)
    if not file.is_file():
        raise UserError(f"no database at {path} (run `nkwatch ingest` first, or pass --db)")
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA cache_size = -32768")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise UserError(f"cannot open database {path}: {exc}") from exc
    if version < NEEDED_SCHEMA:
        conn.close()
        raise UserError(f"the store {path} has schema {version}, the web face needs"
                        f" {NEEDED_SCHEMA}:"
                        f" run `nkwatch stats --db {path}` once to upgrade it")
    conn.row_factory = sqlite3.Row
    return conn


class ReadOnlyStore:
    """Hands each thread its own read-only connection to one store file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.conn()  # fail now, not on the first request, if the store is unusable

    def conn(self) -> sqlite3.Connection:
        """This thread's connection (opened on first use)."""
        found = getattr(self._local, "conn", None)
        if found is None:
            found = open_readonly(self.path)
            self._local.conn = found
            with self._lock:
                self._all.append(found)
        return found

    def close(self) -> None:
        """Close every connection handed out."""
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()


def store_version(conn: sqlite3.Connection) -> tuple:
    """Changes whenever articles are added or analysis results are refreshed.

    Every analysis run ends by recomputing the signals, so their newest
    ``detected_at`` moves; the newest article id moves with every ingest.
    """
    signals = conn.execute("SELECT max(detected_at), count(*) FROM signals").fetchone()
    newest = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    return (*signals, newest)


class ResultCache:
    """Keeps the results of store-wide aggregates until the store changes.

    >>> cache = ResultCache(size=2)
    >>> from nkwatch.store.connection import connect
    >>> conn = connect(":memory:")
    >>> cache.get(conn, ("k",), lambda: [1])
    [1]
    >>> cache.get(conn, ("k",), lambda: [2])
    [1]
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._data: OrderedDict[tuple, object] = OrderedDict()
        self._version: tuple | None = None
        self._lock = threading.Lock()

    def get(self, conn: sqlite3.Connection, key: tuple, compute: Callable[[], T]) -> T:
        """The cached value of ``key``, computing it when missing or when the store changed.

        Callers must not mutate what they get back.
        """
        version = store_version(conn)
        with self._lock:
            if version != self._version:
                self._data.clear()
                self._version = version
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]  # type: ignore[return-value]
        value = compute()
        with self._lock:
            if version == self._version:
                self._data[key] = value
                while len(self._data) > self.size:
                    self._data.popitem(last=False)
        return value
