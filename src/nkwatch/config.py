"""Where the store lives: ``--db``, else ``$NKWATCH_DB``, else ``./nkwatch.db``.

>>> resolve_db_path("x.db", {})
'x.db'
>>> resolve_db_path(None, {"NKWATCH_DB": "/tmp/n.db"})
'/tmp/n.db'
>>> resolve_db_path(None, {})
'nkwatch.db'
"""

from collections.abc import Mapping

DEFAULT_DB = "nkwatch.db"


def resolve_db_path(option: str | None, environ: Mapping[str, str]) -> str:
    """Return the database path chosen by option, environment or default."""
    if option:
        return option
    return environ.get("NKWATCH_DB") or DEFAULT_DB
