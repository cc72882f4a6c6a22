"""What a report shows: one actor's profile, series, epithets, signals and sentences.

>>> from nkwatch.store.connection import connect
>>> gather(connect(":memory:"), "donald-trump")["name"]
'Donald Trump'
"""

import sqlite3

from nkwatch.errors import UserError
from nkwatch.store import mention_queries as mq
from nkwatch.store.mention_queries import SENTENCE_SQL

PEAKS = 3
PER_PEAK = 5
LATEST = 10


def _latest(conn: sqlite3.Connection, actor: str, since: str | None,
            until: str | None) -> list[dict]:
    clauses, params = ["m.actor = ?"], [actor]
    if since:
        clauses.append("m.date >= ?")
        params.append(since)
    if until:
        clauses.append("m.date <= ?")
        params.append(until)
    rows = conn.execute(
        f"SELECT a.id AS article_id, a.url, a.date, a.outlet, a.title, m.text, m.form,"
        f" m.tone, {SENTENCE_SQL} AS sentence FROM mentions m"
        f" JOIN articles a ON a.id = m.article_id WHERE {' AND '.join(clauses)}"
        " ORDER BY m.date DESC, m.article_id DESC, m.start LIMIT ?", [*params, LATEST])
    return [dict(r) for r in rows]


def gather(conn: sqlite3.Connection, actor: str, *, since: str | None = None,
           until: str | None = None, by: str = "month") -> dict:
    """Everything the report shows about ``actor`` between ``since`` and ``until``."""
    from nkwatch.analysis.registry import load_registry
    from nkwatch.rollups import cell_evidence
    from nkwatch.signals.engine import stored_signals
    from nkwatch.store.timeline import timeline

    entry = load_registry().actors.get(actor)
    named = conn.execute("SELECT 1 FROM mentions WHERE actor = ? LIMIT 1", (actor,)).fetchone()
    if entry is None and named is None:
        raise UserError(f"unknown actor {actor!r} (see `nkwatch actors`)")
    profile = mq.actor_profile(conn, actor) if named else None
    series = timeline(conn, actor, by=by, since=since, until=until)
    forms = mq.forms(conn, actor, by=by, since=since, until=until)
    totals = {f: sum(r[f] or 0 for r in forms) for f in mq.FORMS}
    per_period: dict[str, int] = {}
    for row in forms:
        per_period[row["period"]] = per_period.get(row["period"], 0) + row["mentions"]
    peaks = []
    for period, count in sorted(per_period.items(), key=lambda kv: (-kv[1], kv[0]))[:PEAKS]:
        first_day = {4: f"{period}-01-01", 7: f"{period}-01", 10: period}[len(period)]
        last_day = {4: f"{period}-12-31", 7: f"{period}-31", 10: period}[len(period)]
        lo = max(first_day, since or first_day)
        hi = min(last_day, until or last_day)
        peaks.append({"period": period, "mentions": count,
                      "evidence": cell_evidence(conn, actor, None, lo, hi, limit=PER_PEAK)})
    return {
        "id": actor,
        "name": entry.name if entry else actor,
        "kind": entry.kind if entry else (profile or {}).get("kind", "person"),
        "since": since, "until": until, "by": by,
        "profile": profile,
        "mentions": sum(per_period.values()),
        "articles": sum(r["articles"] for r in forms),
        "forms_total": totals,
        "timeline": series,
        "forms": forms,
        "epithets": mq.epithets(conn, actor=actor, since=since, until=until, limit=30),
        "signals": stored_signals(conn, actor=actor, since=since, until=until)[::-1][:30],
        "peaks": peaks,
        "latest": _latest(conn, actor, since, until),
    }
