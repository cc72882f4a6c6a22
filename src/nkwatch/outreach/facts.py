"""What follows from an attempt: its status, and what the target's media said around it.

- status as of a date: ``unanswered`` (with the days without an answer) or the
  latest answer's kind, with the days it took;
- media evidence: in the weeks after the attempt, the sentences of the target's
  outlets that name the initiator, name the channel, or name the initiator
  together with words of contact (talks, proposal, letter, ...);
- an event study: the initiator's share of articles and the mean tone toward it
  in a baseline window, the weeks before and the weeks after, with standard
  errors and 95% intervals of the changes.

>>> status({"date": "2021-02-15", "responses": []}, "2021-03-13")
{'status': 'unanswered', 'days_without_answer': 26, 'answered_on': None, 'days_to_answer': None}
"""

import math
import re
import sqlite3
from datetime import date, timedelta

from nkwatch.store.mention_queries import SENTENCE_SQL

CONTACT_WORDS = ("talks", "dialogue", "proposal", "proposed", "offer", "letter", "contact",
                 "message", "envoy", "negotiation", "negotiations", "meeting", "summit",
                 "channel", "overture")
WINDOW_DAYS = 28
STUDY_WEEKS = 8
BASELINE_WEEKS = 26


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def status(attempt: dict, as_of: str) -> dict:
    """Status of an attempt on ``as_of``."""
    if as_of < attempt["date"]:
        return {"status": "not-yet-made", "days_without_answer": None, "answered_on": None,
                "days_to_answer": None}
    answers = [r for r in attempt["responses"] if r["kind"] != "none-yet" and r["date"] <= as_of]
    if not answers:
        return {"status": "unanswered", "days_without_answer": _days(attempt["date"], as_of),
                "answered_on": None, "days_to_answer": None}
    last = max(answers, key=lambda r: (r["date"], r["id"]))
    return {"status": last["kind"], "days_without_answer": None, "answered_on": last["date"],
            "days_to_answer": _days(attempt["date"], min(r["date"] for r in answers))}


def _channel_terms(channel: str) -> list[str]:
    """Proper-noun phrases of a channel, for full-text search: 'New York', 'Panmunjom'."""
    terms = re.findall(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", channel)
    skip = {"DPRK", "UN", "U.N.", "The", "A"}
    return [t for t in terms if t not in skip and len(t) > 2]


def media_evidence(conn: sqlite3.Connection, attempt: dict, window_days: int = WINDOW_DAYS,
                   limit: int = 10) -> dict:
    """Sentences of the store's outlets in the weeks after the attempt."""
    start = attempt["date"]
    end = (date.fromisoformat(start) + timedelta(days=window_days)).isoformat()
    rows = conn.execute(
        f"SELECT a.url, a.date, a.outlet, {SENTENCE_SQL} AS sentence FROM mentions m"
        " JOIN articles a ON a.id = m.article_id WHERE m.actor = ? AND m.date BETWEEN ? AND ?"
        " ORDER BY m.date, m.article_id, m.start", (attempt["initiator"], start, end)).fetchall()
    seen: set[str] = set()
    naming, contact = [], []
    words = re.compile(r"\b(?:" + "|".join(CONTACT_WORDS) + r")\b", re.I)
    for row in rows:
        if row["sentence"] in seen:
            continue
        seen.add(row["sentence"])
        item = {"url": row["url"], "date": row["date"], "outlet": row["outlet"],
                "sentence": row["sentence"]}
        naming.append(item)
        if words.search(row["sentence"]):
            contact.append(item)
    channel_hits = []
    for term in _channel_terms(attempt["channel"]):
        for row in conn.execute(
            "SELECT a.url, a.date, a.outlet, snippet(articles_fts, 1, '**', '**', '…', 20)"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ? AND a.date BETWEEN ? AND ? ORDER BY a.date LIMIT ?",
            (f'"{term}"', start, end, limit)):
            channel_hits.append({"term": term, "url": row[0], "date": row[1], "outlet": row[2],
                                 "snippet": row[3]})
    return {
        "window": {"since": start, "until": end},
        "initiator_mentioned": len(naming) > 0,
        "initiator_sentences": len(naming),
        "channel_mentioned": len(channel_hits) > 0,
        "attempt_mentioned": len(contact) > 0,
        "evidence": {"initiator": naming[:limit], "attempt": contact[:limit],
                     "channel": channel_hits[:limit]},
    }


def _window(conn: sqlite3.Connection, actor: str, since: str, until: str) -> dict:
    published = conn.execute("SELECT total(articles) FROM outlet_daily WHERE date >= ?"
                             " AND date < ?", (since, until)).fetchone()[0]
    named, tone_sum, tone_sq, tone_n = conn.execute(
        "SELECT total(articles), total(tone_sum), total(tone_sq), total(tone_n)"
        " FROM rollup_daily WHERE actor = ? AND date >= ? AND date < ?",
        (actor, since, until)).fetchone()
    share = named / published if published else None
    share_se = math.sqrt(named) / published if published else None
    tone = tone_sum / tone_n if tone_n else None
    tone_se = None
    if tone_n and tone_n > 1:
        var = max(tone_sq / tone_n - tone * tone, 0.0)
        tone_se = math.sqrt(var / tone_n)
    return {"since": since, "until": until, "articles": int(published), "naming": int(named),
            "share": _round(share), "share_se": _round(share_se), "tone": _round(tone),
            "tone_se": _round(tone_se), "tone_mentions": int(tone_n)}


def _round(value: float | None, digits: int = 5) -> float | None:
    return None if value is None else round(value, digits)


def _change(a: dict, b: dict, key: str) -> dict | None:
    """b - a with its standard error, 95% interval and z."""
    if a[key] is None or b[key] is None or a[f"{key}_se"] is None or b[f"{key}_se"] is None:
        return None
    diff = b[key] - a[key]
    se = math.sqrt(a[f"{key}_se"] ** 2 + b[f"{key}_se"] ** 2)
    return {"change": round(diff, 5), "se": round(se, 5),
            "ci95": [round(diff - 1.96 * se, 5), round(diff + 1.96 * se, 5)],
            "z": round(diff / se, 2) if se else None}


def event_study(conn: sqlite3.Connection, attempt: dict, weeks: int = STUDY_WEEKS,
                baseline_weeks: int = BASELINE_WEEKS) -> dict:
    """Share and tone toward the initiator before and after the attempt, against a baseline."""
    day = date.fromisoformat(attempt["date"])
    iso = day.isoformat

    def shift(n: int) -> str:
        return (day + timedelta(weeks=n)).isoformat()

    baseline = _window(conn, attempt["initiator"], shift(-baseline_weeks), shift(-weeks))
    before = _window(conn, attempt["initiator"], shift(-weeks), iso())
    after = _window(conn, attempt["initiator"], iso(), shift(weeks))
    return {
        "actor": attempt["initiator"],
        "weeks": weeks,
        "baseline": baseline,
        "before": before,
        "after": after,
        "share_change": _change(before, after, "share"),
        "share_change_vs_baseline": _change(baseline, after, "share"),
        "tone_change": _change(before, after, "tone"),
        "tone_change_vs_baseline": _change(baseline, after, "tone"),
    }
