"""Options and output helpers shared by every command.

>>> emit_json({"a": 1})
{"a": 1}
"""

import json
import os
import sys
from collections.abc import Callable

import click

from nkwatch.config import resolve_db_path
from nkwatch.errors import UserError
from nkwatch.store.connection import connect


def db_option(func: Callable) -> Callable:
    """Add ``--db PATH`` (default ``$NKWATCH_DB``, else ``./nkwatch.db``)."""
    return click.option(
        "--db",
        "db",
        metavar="PATH",
        default=None,
        help="SQLite store (default: $NKWATCH_DB, else ./nkwatch.db).",
    )(func)


def json_option(func: Callable) -> Callable:
    """Add ``--json``: print one JSON document on stdout and nothing else there."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON on stdout.")(func)


def open_store(db: str | None, *, must_exist: bool = False):
    """Open the store chosen by ``--db`` / ``$NKWATCH_DB``."""
    return connect(resolve_db_path(db, os.environ), must_exist=must_exist)


def emit_json(obj: object) -> None:
    """Print ``obj`` as one JSON document on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def note(message: str) -> None:
    """Print a message for people on stderr."""
    click.echo(message, err=True)


def iso_date(ctx, param, value: str | None) -> str | None:
    """Click callback: accept only ISO ``YYYY-MM-DD`` dates."""
    if value is None:
        return None
    from nkwatch.ingest.prepare import parse_date

    parsed = parse_date(value)
    if parsed is None or parsed != value:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD")
    return value


def date_options(func: Callable) -> Callable:
    """Add ``--since`` and ``--until`` (inclusive ISO dates)."""
    func = click.option("--until", callback=iso_date, metavar="YYYY-MM-DD",
                        help="Last date included.")(func)
    return click.option("--since", callback=iso_date, metavar="YYYY-MM-DD",
                        help="First date included.")(func)


__all__ = ["UserError", "db_option", "json_option", "open_store", "emit_json", "note",
           "date_options"]
