"""Open the SQLite store in WAL mode and bring its schema up to date.

Migrations are the numbered ``*.sql`` files beside this module; the schema
version is SQLite's ``user_version``.

>>> conn = connect(":memory:")
>>> schema_version(conn) == len(migration_files())
True
"""

import sqlite3
from importlib import resources
from pathlib import Path

from nkwatch.errors import UserError


def migration_files() -> list[tuple[int, str]]:
    """Return ``(number, sql)`` for every migration, in order."""
    folder = resources.files("nkwatch.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql") and name[:4].isdigit():
            found.append((int(name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the schema version recorded in the database."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database; return the new version."""
    current = schema_version(conn)
    for number, sql in migration_files():
        if number <= current:
            continue
        with conn:
            conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        current = number
    return current


def connect(path: str | Path, *, must_exist: bool = False) -> sqlite3.Connection:
    """Open (and create or migrate) the store at ``path``.

    With ``must_exist=True`` a missing file is a user error instead of a new store.
    """
    path = str(path)
    if path != ":memory:":
        if must_exist and not Path(path).exists():
            raise UserError(f"no database at {path} (run `nkwatch ingest` first, or pass --db)")
        parent = Path(path).resolve().parent
        if not parent.is_dir():
            raise UserError(f"cannot create database {path}: no directory {parent}")
    try:
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
    except sqlite3.DatabaseError as exc:
        raise UserError(f"cannot open database {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA cache_size=-65536")
    # Some SQLite builds (Debian's among them) zero every freed page by default. The
    # store holds public articles and what was read from them: nothing to wipe, and
    # wiping made emptying the analysis tables for a bulk run 8x slower (1.8 s).
    conn.execute("PRAGMA secure_delete=OFF")
    migrate(conn)
    return conn
