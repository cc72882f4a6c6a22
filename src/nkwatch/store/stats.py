"""Counts of articles per outlet, language and year.

>>> from nkwatch.store.connection import connect
>>> store_stats(connect(":memory:"))["articles"]
0
"""

import sqlite3


def store_stats(conn: sqlite3.Connection) -> dict:
    """Return totals and breakdowns of the articles in the store."""
    rows = conn.execute(
        "SELECT outlet, lang, substr(date, 1, 4) AS year, count(*) AS n"
        " FROM articles GROUP BY outlet, lang, year ORDER BY outlet, lang, year"
    ).fetchall()
    by_outlet: dict[str, int] = {}
    by_lang: dict[str, int] = {}
    by_year: dict[str, int] = {}
    for row in rows:
        by_outlet[row["outlet"]] = by_outlet.get(row["outlet"], 0) + row["n"]
        by_lang[row["lang"]] = by_lang.get(row["lang"], 0) + row["n"]
        by_year[row["year"]] = by_year.get(row["year"], 0) + row["n"]
    aliases = conn.execute("SELECT count(*) FROM aliases").fetchone()[0]
    versions = conn.execute("SELECT count(*) FROM article_versions").fetchone()[0]
    return {
        "articles": sum(by_outlet.values()),
        "aliases": aliases,
        "versions": versions,
        "by_outlet": by_outlet,
        "by_lang": by_lang,
        "by_year": dict(sorted(by_year.items())),
        "by_outlet_lang_year": [
            {"outlet": r["outlet"], "lang": r["lang"], "year": r["year"], "articles": r["n"]}
            for r in rows
        ],
    }
