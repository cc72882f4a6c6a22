"""Rollups per outlet x actor x day, kept current after every analysis.

``rollup_daily`` counts, for each outlet, actor and day: articles naming the
actor, mentions, mentions per address form, and tone sums; ``outlet_daily``
counts the outlet's analysed articles that day (the denominator of shares).
Every cell can be expanded to its sentences with :func:`cell_evidence`.

>>> from nkwatch.store.connection import connect
>>> conn = connect(":memory:")
>>> refresh_rollups(conn, {("kcna", "2017-09-22")})
>>> conn.execute("SELECT count(*) FROM rollup_daily").fetchone()[0]
0
"""

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

from nkwatch.store.mention_queries import SENTENCE_SQL, date_outlet_filters


def refresh_rollups(conn: sqlite3.Connection, outlet_dates: Iterable[tuple[str, str]]) -> None:
    """Recompute the rollup rows of these outlet-days from the stored mentions."""
    keys = sorted(set(outlet_dates))
    if not keys:
        return
    with conn:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS touched (outlet TEXT, date TEXT)")
        conn.execute("DELETE FROM touched")
        conn.executemany("INSERT INTO touched VALUES (?, ?)", keys)
        conn.execute("DELETE FROM rollup_daily WHERE (outlet, date) IN"
                     " (SELECT outlet, date FROM touched)")
        conn.execute("DELETE FROM outlet_daily WHERE (outlet, date) IN"
                     " (SELECT outlet, date FROM touched)")
        conn.execute(
            f"INSERT INTO rollup_daily SELECT {_CELL} FROM touched t JOIN mentions m"
            " ON m.outlet = t.outlet AND m.date = t.date GROUP BY m.outlet, m.actor, m.date")
        conn.execute(
            f"INSERT INTO outlet_daily SELECT {_OUTLET_DAY} FROM touched t JOIN articles a"
            " ON a.outlet = t.outlet AND a.date = t.date JOIN analyses x ON x.article_id = a.id"
            " GROUP BY a.outlet, a.date")
        conn.execute("DELETE FROM touched")


# one rollup cell, and one outlet-day, from the mentions (m) and articles (a) behind them
_CELL = ("m.outlet, m.actor, m.date, count(DISTINCT m.article_id), count(*),"
         " total(m.form = 'title'), total(m.form = 'name'), total(m.form = 'role'),"
         " total(m.form = 'epithet'), total(m.tone), total(m.tone * m.tone), count(m.tone)")
_OUTLET_DAY = "a.outlet, a.date, count(*)"


def rebuild_rollups(conn: sqlite3.Connection) -> None:
    """Recompute every rollup row in one pass over all mentions (after a bulk run cut
    short: faster than outlet-day by outlet-day, and needs no index on mentions)."""
    with conn:
        conn.execute("DELETE FROM rollup_daily")
        conn.execute("DELETE FROM outlet_daily")
        conn.execute(f"INSERT INTO rollup_daily SELECT {_CELL} FROM mentions m"
                     " GROUP BY m.outlet, m.actor, m.date")
        conn.execute(f"INSERT INTO outlet_daily SELECT {_OUTLET_DAY} FROM articles a"
                     " JOIN analyses x ON x.article_id = a.id GROUP BY a.outlet, a.date")


MentionCell = tuple[str, str, str, int, str | None, float | None]
# (outlet, actor, date, article id, form, tone) of one mention

_FORMS = {"title": 5, "name": 6, "role": 7, "epithet": 8}  # their columns in a cell row


@dataclass
class RollupCounts:
    """Rollup rows counted in memory, batch by batch, for a bulk run over every article.

    Each worker counts the batches it analyses; the counts are merged and stored
    once at the end. That spares both a pass over every stored mention and the
    scattered page writes of adding to the tables batch by batch.

    >>> counts = RollupCounts()
    >>> counts.count([("kcna", "2017-09-22")] * 2,
    ...              [("kcna", "donald-trump", "2017-09-22", 7, "epithet", -0.5),
    ...               ("kcna", "donald-trump", "2017-09-22", 7, "name", None)])
    >>> counts.cells[("kcna", "donald-trump", "2017-09-22")][3:]
    [1, 2, 0, 1, 0, 1, -0.5, 0.25, 1]
    >>> counts.days
    {('kcna', '2017-09-22'): 2}
    """

    cells: dict[tuple[str, str, str], list] = field(default_factory=dict)
    days: dict[tuple[str, str], int] = field(default_factory=dict)

    def count(self, articles: Iterable[tuple[str, str]], mentions: Iterable[MentionCell]
              ) -> None:
        """Add analysed articles (outlet, date) and their mentions; each article once."""
        cells = self.cells
        counted: set[tuple[str, int]] = set()
        for outlet, actor, date, article_id, form, tone in mentions:
            cell = cells.get((outlet, actor, date))
            if cell is None:
                cell = cells[(outlet, actor, date)] = [outlet, actor, date, 0, 0, 0, 0, 0, 0,
                                                       0.0, 0.0, 0]
            if (actor, article_id) not in counted:
                counted.add((actor, article_id))
                cell[3] += 1
            cell[4] += 1
            if form in _FORMS:
                cell[_FORMS[form]] += 1
            if tone is not None:
                cell[9] += tone
                cell[10] += tone * tone
                cell[11] += 1
        for outlet_date in articles:
            self.days[outlet_date] = self.days.get(outlet_date, 0) + 1

    def merge(self, other: "RollupCounts") -> None:
        """Add the counts of other articles."""
        for key, cell in other.cells.items():
            mine = self.cells.get(key)
            if mine is None:
                self.cells[key] = cell
            else:
                for i in range(3, 12):
                    mine[i] += cell[i]
        for key, n in other.days.items():
            self.days[key] = self.days.get(key, 0) + n

    def store(self, conn: sqlite3.Connection) -> None:
        """Replace the rollup tables with these counts."""
        with conn:
            conn.execute("DELETE FROM rollup_daily")
            conn.execute("DELETE FROM outlet_daily")
            conn.executemany("INSERT INTO rollup_daily VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                             [self.cells[key] for key in sorted(self.cells)])
            conn.executemany("INSERT INTO outlet_daily VALUES (?,?,?)",
                             [(*key, self.days[key]) for key in sorted(self.days)])


def cell_evidence(conn: sqlite3.Connection, actor: str, outlet: str | None, since: str,
                  until: str, *, form: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[dict]:
    """The sentences behind a rollup cell: mentions of ``actor`` in the date range."""
    where, params = date_outlet_filters("m.", outlet, since, until)
    if form is not None:
        where += " AND m.form = ?"
        params.append(form)
    rows = conn.execute(
        f"SELECT m.id AS mention, a.id AS article_id, a.url, a.date, a.outlet, a.title,"
        f" m.text, m.form, m.epithets, m.tone, {SENTENCE_SQL} AS sentence"
        " FROM mentions m JOIN articles a ON a.id = m.article_id"
        f" WHERE m.actor = ?{where} ORDER BY m.date, m.article_id, m.start"
        " LIMIT ? OFFSET ?",
        [actor, *params, limit, offset],
    ).fetchall()
    return [dict(r) for r in rows]
