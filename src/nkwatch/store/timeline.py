"""Mentions of an actor over time per outlet, with share and tone (from rollups).

Periods in which the outlet published but never named the actor are listed
with zeros, so a silence shows as such.

>>> from nkwatch.store.connection import connect
>>> timeline(connect(":memory:"), "donald-trump")
[]
"""

import sqlite3

from nkwatch.store.mention_queries import date_outlet_filters, period_length


def timeline(conn: sqlite3.Connection, actor: str, *, outlet: str | None = None,
             by: str = "month", since: str | None = None, until: str | None = None) -> list[dict]:
    """``[{"period", "outlet", "articles", "mentions", "share", "tone"}]`` in period order."""
    n = period_length(by)
    where, params = date_outlet_filters("", outlet, since, until)
    totals = conn.execute(
        f"SELECT substr(date, 1, {n}) AS period, outlet, sum(articles) FROM outlet_daily"
        f" WHERE 1 = 1{where} GROUP BY period, outlet ORDER BY period, outlet", params
    ).fetchall()
    if not conn.execute("SELECT 1 FROM rollup_daily WHERE actor = ? LIMIT 1", (actor,)).fetchone():
        return []
    counts = {
        (r[0], r[1]): r
        for r in conn.execute(
            f"SELECT substr(date, 1, {n}) AS period, outlet, sum(articles), sum(mentions),"
            f" total(tone_sum), sum(tone_n) FROM rollup_daily WHERE actor = ?{where}"
            " GROUP BY period, outlet", [actor, *params])
    }
    rows = []
    for period, out, published in totals:
        found = counts.get((period, out))
        articles = found[2] if found else 0
        tone_n = found[5] if found else 0
        rows.append({
            "period": period,
            "outlet": out,
            "articles": articles,
            "mentions": found[3] if found else 0,
            "share": round(articles / published, 5) if published else 0.0,
            "tone": round(found[4] / tone_n, 4) if tone_n else None,
        })
    return rows
