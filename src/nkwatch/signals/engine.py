"""Run every detector over the store, attach evidence, and keep the ``signals`` table.

>>> from nkwatch.store.connection import connect
>>> detect_all(connect(":memory:"))
[]
"""

import json
import math
import sqlite3
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta

from nkwatch.analysis.registry import load_registry
from nkwatch.signals.detectors import (
    Finding,
    Series,
    detect_silences,
    detect_surges,
    detect_tone_shifts,
    parameters,
    week_of,
)
from nkwatch.store.mention_queries import SENTENCE_SQL

_ORDERS = {
    "hostile_first": "m.tone IS NULL, m.tone ASC, m.date",
    "warm_first": "m.tone IS NULL, m.tone DESC, m.date",
    "first": "m.date, m.article_id, m.start",
    "last_before": "m.date DESC, m.article_id DESC",
}
MIN_SERIES_MENTIONS = 30


def load_series(conn: sqlite3.Connection) -> list[Series]:
    """Weekly series for every outlet x actor with enough mentions to test."""
    published: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for outlet, day, n in conn.execute("SELECT outlet, date, articles FROM outlet_daily"):
        published[outlet][week_of(day)] += n
    weeks_of = {o: _all_weeks(min(w), max(w)) for o, w in published.items() if w}
    busy = {
        (r[0], r[1])
        for r in conn.execute("SELECT outlet, actor FROM rollup_daily GROUP BY outlet, actor"
                              " HAVING sum(mentions) >= ?", (MIN_SERIES_MENTIONS,))
    }
    cells: dict[tuple[str, str], dict[str, list]] = defaultdict(dict)
    for outlet, actor, day, articles, mentions, tsum, tsq, tn in conn.execute(
        "SELECT outlet, actor, date, articles, mentions, tone_sum, tone_sq, tone_n"
        " FROM rollup_daily"
    ):
        if (outlet, actor) not in busy:
            continue
        week = week_of(day)
        cell = cells[(outlet, actor)].setdefault(week, [0, 0, 0.0, 0.0, 0])
        cell[0] += articles
        cell[1] += mentions
        cell[2] += tsum
        cell[3] += tsq
        cell[4] += tn
    series = []
    for (outlet, actor), by_week in sorted(cells.items()):
        weeks = weeks_of.get(outlet, [])
        empty = [0, 0, 0.0, 0.0, 0]
        rows = [by_week.get(w, empty) for w in weeks]
        series.append(Series(outlet, actor, weeks, [published[outlet].get(w, 0) for w in weeks],
                             [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
                             [r[3] for r in rows], [r[4] for r in rows]))
    return series


def _all_weeks(first: str, last: str) -> list[str]:
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    out = []
    while day <= end:
        out.append(day.isoformat())
        day += timedelta(days=7)
    return out


def detect_firsts(conn: sqlite3.Connection) -> list[Finding]:
    """First mention of an actor, first titled mention, first use of each epithet.

    An actor outside the registry (a delegation's party, a Juche study group, an
    official named once) gets a first mention or first title only once the outlet
    has named it ``unregistered_min_mentions`` times: a body named once in a list
    is no news, one that keeps coming back is. Its first insult is always news.
    """
    settings = parameters()["first"]
    warmup = settings["warmup_days"]
    registered = load_registry().actors
    least = settings["unregistered_min_mentions"]
    starts = {
        outlet: (date.fromisoformat(first) + timedelta(days=warmup)).isoformat()
        for outlet, first in conn.execute(
            "SELECT outlet, min(date) FROM outlet_daily GROUP BY outlet")
    }
    findings: list[Finding] = []
    firsts = conn.execute(
        "SELECT outlet, actor, min(date), min(CASE WHEN title > 0 THEN date END),"
        " sum(mentions) FROM rollup_daily GROUP BY outlet, actor"
    ).fetchall()
    for outlet, actor, first_day, first_title, mentions in firsts:
        start = starts.get(outlet)
        if start is None or (actor not in registered and mentions < least):
            continue
        if first_day >= start:
            detail = {"what": "mention", "titled": first_title == first_day}
            findings.append(Finding("first", actor, outlet, first_day, 5.0, detail,
                                    (first_day, first_day), {"order": "first"}))
        if first_title is not None and first_title >= start and first_title != first_day:
            findings.append(Finding("first", actor, outlet, first_title, 8.0,
                                    {"what": "title"}, (first_title, first_title),
                                    {"order": "first", "form": "title"}))
    epithet_firsts: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for outlet, actor, epithet, day in conn.execute(
        "SELECT outlet, actor, epithet, min(date) FROM mention_epithets"
        " GROUP BY outlet, actor, epithet"
    ):
        start = starts.get(outlet)
        if start is not None and day >= start and not epithet.startswith('"'):
            epithet_firsts[(outlet, actor, day)].append(epithet)
    for (outlet, actor, day), words in sorted(epithet_firsts.items()):
        findings.append(Finding("first", actor, outlet, day, 8.0,
                                {"what": "epithet", "epithets": sorted(words)}, (day, day),
                                {"order": "first", "epithets": sorted(words)}))
    return findings


def evidence(conn: sqlite3.Connection, finding: Finding, limit: int) -> list[dict]:
    """The sentences behind a finding, chosen by the finding's evidence order."""
    query = finding.evidence_query
    order = _ORDERS[query.get("order", "first")]
    clauses = ["m.actor = ?", "m.outlet = ?"]
    params: list = [finding.actor, finding.outlet]
    join = ""
    if query.get("order") == "last_before":
        clauses.append("m.date < ?")
        params.append(query["before"])
    else:
        clauses += ["m.date >= ?", "m.date <= ?"]
        params += list(finding.window)
    if query.get("form"):
        clauses.append("m.form = ?")
        params.append(query["form"])
    if query.get("epithets"):
        join = " JOIN mention_epithets e ON e.mention_id = m.id"
        clauses.append(f"e.epithet IN ({','.join('?' * len(query['epithets']))})")
        params += query["epithets"]
    rows = conn.execute(
        f"SELECT DISTINCT a.url, a.date, {SENTENCE_SQL} AS sentence, m.tone"
        f" FROM mentions m{join} JOIN articles a ON a.id = m.article_id"
        f" WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT ?",
        [*params, limit * 3],
    ).fetchall()
    seen, out = set(), []
    for row in rows:
        if row["sentence"] in seen:
            continue
        seen.add(row["sentence"])
        out.append({"url": row["url"], "date": row["date"], "sentence": row["sentence"]})
        if len(out) >= limit:
            break
    if query.get("order") in ("hostile_first", "warm_first"):
        out.sort(key=lambda e: e["date"])
    return out


def refine_silence_start(conn: sqlite3.Connection, finding: Finding) -> None:
    """Move a silence's date from its window's Monday to the day coverage fell.

    A single change point on daily counts: the day that best splits the four
    weeks before and the window itself into a higher share before and a lower
    share after (maximum Poisson likelihood).
    """
    last = finding.window[1]
    first = (date.fromisoformat(finding.evidence_query["before"]) - timedelta(days=28)).isoformat()
    published = dict(conn.execute(
        "SELECT date, articles FROM outlet_daily WHERE outlet = ? AND date BETWEEN ? AND ?",
        (finding.outlet, first, last)))
    named = dict(conn.execute(
        "SELECT date, articles FROM rollup_daily WHERE outlet = ? AND actor = ?"
        " AND date BETWEEN ? AND ?", (finding.outlet, finding.actor, first, last)))
    days = sorted(published)
    pub_total = sum(published.values())
    obs_total = sum(named.get(d, 0) for d in days)
    best, best_ll = None, float("-inf")
    pub_before = obs_before = 0
    for i, day in enumerate(days):
        if i >= 7 and i <= len(days) - 7:
            pub_after, obs_after = pub_total - pub_before, obs_total - obs_before
            if obs_before / pub_before > obs_after / pub_after:
                ll = _segment_ll(obs_before, pub_before) + _segment_ll(obs_after, pub_after)
                if ll > best_ll:
                    best, best_ll = day, ll
        pub_before += published[day]
        obs_before += named.get(day, 0)
    if best is not None:
        finding.date = best
        finding.evidence_query["before"] = best


def _segment_ll(observed: int, published: int) -> float:
    """Poisson log-likelihood of a segment at its own best rate (constants dropped)."""
    if observed == 0 or published == 0:
        return 0.0
    return observed * math.log(observed / published)


def detect_series(conn: sqlite3.Connection) -> list[Finding]:
    """Silences, surges and tone shifts in the weekly series (reads the rollups only)."""
    findings: list[Finding] = []
    for series in load_series(conn):
        findings += detect_silences(series)
        findings += detect_surges(series)
        findings += detect_tone_shifts(series)
    return findings


def detect_series_in_background(db_path: str) -> Future:
    """:func:`detect_series` in a thread with its own connection; its result is the
    findings. Python work that can run while the caller's SQLite builds indexes
    (SQLite lets go of the interpreter lock while it works).
    """
    from nkwatch.store.connection import connect

    def work() -> list[Finding]:
        conn = connect(db_path)
        try:
            return detect_series(conn)
        finally:
            conn.close()

    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="signals")
    try:
        return executor.submit(work)
    finally:
        executor.shutdown(wait=False)


def detect_all(conn: sqlite3.Connection, series: list[Finding] | None = None) -> list[dict]:
    """Every signal in the store, as contract dicts, oldest first.

    ``series``: the findings of :func:`detect_series`, when already made.
    """
    findings = detect_series(conn) if series is None else list(series)
    for finding in findings:
        if finding.kind == "silence" and finding.detail.get("phase") == "start":
            refine_silence_start(conn, finding)
    findings += detect_firsts(conn)
    limit = parameters()["evidence"]["sentences"]
    out = []
    for f in sorted(findings, key=lambda f: (f.date, f.actor, f.kind)):
        out.append({"key": f.key, "kind": f.kind, "actor": f.actor, "outlet": f.outlet,
                    "date": f.date, "strength": f.strength, "detail": f.detail,
                    "evidence": evidence(conn, f, limit)})
    return out


def refresh_signals(conn: sqlite3.Connection, series: list[Finding] | None = None) -> int:
    """Recompute every signal and replace the ``signals`` table; return how many.

    ``series``: the findings of :func:`detect_series`, when already made.
    """
    found = detect_all(conn, series)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with conn:
        conn.execute("DELETE FROM signals")
        conn.executemany(
            "INSERT OR REPLACE INTO signals (key, kind, actor, outlet, date, strength, detail,"
            " evidence, detected_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [(s["key"], s["kind"], s["actor"], s["outlet"], s["date"], s["strength"],
              json.dumps(s["detail"]), json.dumps(s["evidence"], ensure_ascii=False), now)
             for s in found])
    return len(found)


def stored_signals(conn: sqlite3.Connection, *, since: str | None = None,
                   until: str | None = None, actor: str | None = None,
                   outlet: str | None = None, kind: str | None = None,
                   min_strength: float | None = None) -> list[dict]:
    """Signals from the ``signals`` table, filtered, as contract dicts."""
    clauses, params = [], []
    for column, op, value in (("date", ">=", since), ("date", "<=", until),
                              ("actor", "=", actor), ("outlet", "=", outlet),
                              ("kind", "=", kind), ("strength", ">=", min_strength)):
        if value is not None:
            clauses.append(f"{column} {op} ?")
            params.append(value)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = conn.execute(
        "SELECT key, kind, actor, outlet, date, strength, detail, evidence FROM signals"
        f"{where} ORDER BY date, actor, kind", params).fetchall()
    return [{"kind": r["kind"], "actor": r["actor"], "outlet": r["outlet"], "date": r["date"],
             "strength": r["strength"], "detail": json.loads(r["detail"]),
             "evidence": json.loads(r["evidence"]), "key": r["key"]} for r in rows]
