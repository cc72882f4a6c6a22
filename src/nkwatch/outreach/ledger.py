"""The outreach ledger: attempts, responses, and the audit trail of every change.

Input is validated here (the CLI, the importer and the API all go through
these functions); a bad value is a :class:`UserError` naming the field.

>>> from nkwatch.store.connection import connect
>>> conn = connect(":memory:")
>>> a = add_attempt(conn, {"date": "2021-02-15", "initiator": "united-states",
...     "target": "north-korea", "channel": "New York channel (DPRK mission to the UN)",
...     "visibility": "private", "summary": "Outreach to the DPRK mission."}, who="test")
>>> get_attempt(conn, a["id"])["channel"]
'New York channel (DPRK mission to the UN)'
"""

import json
import sqlite3
from datetime import UTC, datetime

from nkwatch.errors import UserError
from nkwatch.ingest.prepare import parse_date

VISIBILITY = ("private", "public")
RESPONSE_KINDS = ("none-yet", "acknowledged", "rejected", "replied", "answered-in-public")
ATTEMPT_FIELDS = ("date", "end_date", "initiator", "target", "channel", "visibility", "summary",
                  "sources")
RESPONSE_FIELDS = ("date", "kind", "summary", "sources")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _date(value: object, field: str, required: bool = True) -> str | None:
    if value in (None, ""):
        if required:
            raise UserError(f"{field}: a date YYYY-MM-DD is required")
        return None
    parsed = parse_date(value)
    if parsed is None or parsed != str(value).strip()[:10]:
        raise UserError(f"{field}: {value!r} is not a date YYYY-MM-DD")
    return parsed


def _text(value: object, field: str, required: bool = True, limit: int = 2000) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise UserError(f"{field}: required")
    if len(text) > limit:
        raise UserError(f"{field}: longer than {limit} characters")
    return text


def _sources(value: object) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = [s.strip() for s in value.split("|")]
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        raise UserError("sources: a list of strings (urls or citations)")
    return [s.strip() for s in value if s.strip()]


def _actor(value: object, field: str) -> str:
    from nkwatch.analysis.registry import load_registry

    actor = _text(value, field, limit=120)
    if actor not in load_registry().actors:
        raise UserError(f"{field}: unknown actor {actor!r} (see `nkwatch actors`)")
    return actor


def validate_attempt(data: dict, partial: bool = False) -> dict:
    """Check an attempt's fields; return them cleaned. ``partial``: only those given."""
    unknown = set(data) - set(ATTEMPT_FIELDS)
    if unknown:
        raise UserError(f"unknown field(s): {', '.join(sorted(unknown))}")
    out: dict = {}
    checks = {
        "date": lambda v: _date(v, "date"),
        "end_date": lambda v: _date(v, "end_date", required=False),
        "initiator": lambda v: _actor(v, "initiator"),
        "target": lambda v: _actor(v, "target"),
        "channel": lambda v: _text(v, "channel", limit=300),
        "visibility": lambda v: _choice(v, "visibility", VISIBILITY),
        "summary": lambda v: _text(v, "summary"),
        "sources": _sources,
    }
    for name, check in checks.items():
        if name in data or not partial:
            out[name] = check(data.get(name))
    if out.get("end_date") and out.get("date") and out["end_date"] < out["date"]:
        raise UserError("end_date: before date")
    return out


def validate_response(data: dict) -> dict:
    """Check a response's fields; return them cleaned."""
    unknown = set(data) - set(RESPONSE_FIELDS)
    if unknown:
        raise UserError(f"unknown field(s): {', '.join(sorted(unknown))}")
    return {
        "date": _date(data.get("date"), "date"),
        "kind": _choice(data.get("kind"), "kind", RESPONSE_KINDS),
        "summary": _text(data.get("summary"), "summary", required=False),
        "sources": _sources(data.get("sources")),
    }


def _choice(value: object, field: str, allowed: tuple[str, ...]) -> str:
    text = "" if value is None else str(value).strip()
    if text not in allowed:
        raise UserError(f"{field}: {text!r} is not one of {', '.join(allowed)}")
    return text


def _audit(conn: sqlite3.Connection, who: str, action: str, entity: str, entity_id: int,
           before: dict | None, after: dict | None) -> None:
    conn.execute(
        "INSERT INTO outreach_audit (at, who, action, entity, entity_id, before, after)"
        " VALUES (?,?,?,?,?,?,?)",
        (_now(), who, action, entity, entity_id,
         json.dumps(before, ensure_ascii=False) if before is not None else None,
         json.dumps(after, ensure_ascii=False) if after is not None else None))


def _row_to_attempt(row: sqlite3.Row) -> dict:
    item = dict(row)
    item["sources"] = json.loads(item["sources"])
    return item


def get_attempt(conn: sqlite3.Connection, attempt_id: int, *, with_deleted: bool = False) -> dict:
    """One attempt with its responses; a missing id is a :class:`UserError`."""
    row = conn.execute("SELECT * FROM outreach_attempts WHERE id = ?", (attempt_id,)).fetchone()
    if row is None or (row["deleted_at"] and not with_deleted):
        raise UserError(f"no outreach attempt {attempt_id}")
    item = _row_to_attempt(row)
    item["responses"] = [
        {**dict(r), "sources": json.loads(r["sources"])}
        for r in conn.execute(
            "SELECT id, date, kind, summary, sources, created_at FROM outreach_responses"
            " WHERE attempt_id = ? AND deleted_at IS NULL ORDER BY date, id", (attempt_id,))
    ]
    return item


def list_attempts(conn: sqlite3.Connection) -> list[dict]:
    """Every attempt not deleted, oldest first, with responses."""
    ids = [r[0] for r in conn.execute(
        "SELECT id FROM outreach_attempts WHERE deleted_at IS NULL ORDER BY date, id")]
    return [get_attempt(conn, i) for i in ids]


def add_attempt(conn: sqlite3.Connection, data: dict, *, who: str, action: str = "add") -> dict:
    """Record an attempt; return it."""
    clean = validate_attempt(data)
    now = _now()
    with conn:
        cursor = conn.execute(
            "INSERT INTO outreach_attempts (date, end_date, initiator, target, channel,"
            " visibility, summary, sources, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (clean["date"], clean["end_date"], clean["initiator"], clean["target"],
             clean["channel"], clean["visibility"], clean["summary"],
             json.dumps(clean["sources"], ensure_ascii=False), now, now))
        attempt_id = cursor.lastrowid
        _audit(conn, who, action, "attempt", attempt_id, None, clean)
    return get_attempt(conn, attempt_id)


def update_attempt(conn: sqlite3.Connection, attempt_id: int, changes: dict, *, who: str) -> dict:
    """Change some fields of an attempt; the audit keeps the old values."""
    before = get_attempt(conn, attempt_id)
    clean = validate_attempt(changes, partial=True)
    if not clean:
        raise UserError("nothing to change")
    merged = {k: before[k] for k in ATTEMPT_FIELDS} | clean
    validate_attempt(merged)
    sets = ", ".join(f"{k} = ?" for k in clean)
    values = [json.dumps(v, ensure_ascii=False) if k == "sources" else v
              for k, v in clean.items()]
    with conn:
        conn.execute(f"UPDATE outreach_attempts SET {sets}, updated_at = ? WHERE id = ?",
                     [*values, _now(), attempt_id])
        _audit(conn, who, "update", "attempt", attempt_id,
               {k: before[k] for k in clean}, clean)
    return get_attempt(conn, attempt_id)


def delete_attempt(conn: sqlite3.Connection, attempt_id: int, *, who: str, reason: str) -> None:
    """Mark an attempt deleted (kept in the store, with the reason in the audit)."""
    before = get_attempt(conn, attempt_id)
    reason = _text(reason, "reason")
    with conn:
        conn.execute("UPDATE outreach_attempts SET deleted_at = ? WHERE id = ?",
                     (_now(), attempt_id))
        _audit(conn, who, "delete", "attempt", attempt_id,
               {k: before[k] for k in ATTEMPT_FIELDS}, {"deleted": True, "reason": reason})


def add_response(conn: sqlite3.Connection, attempt_id: int, data: dict, *, who: str) -> dict:
    """Record an answer (or its absence) to an attempt; return the attempt."""
    attempt = get_attempt(conn, attempt_id)
    clean = validate_response(data)
    if clean["date"] < attempt["date"]:
        raise UserError("date: a response cannot come before the attempt")
    with conn:
        cursor = conn.execute(
            "INSERT INTO outreach_responses (attempt_id, date, kind, summary, sources,"
            " created_at) VALUES (?,?,?,?,?,?)",
            (attempt_id, clean["date"], clean["kind"], clean["summary"],
             json.dumps(clean["sources"], ensure_ascii=False), _now()))
        _audit(conn, who, "respond", "response", cursor.lastrowid, None,
               {"attempt_id": attempt_id, **clean})
    return get_attempt(conn, attempt_id)


def audit_trail(conn: sqlite3.Connection, attempt_id: int | None = None) -> list[dict]:
    """Every recorded change (of one attempt and its responses, or of all)."""
    sql = "SELECT * FROM outreach_audit"
    params: list = []
    if attempt_id is not None:
        sql += (" WHERE (entity = 'attempt' AND entity_id = ?) OR (entity = 'response' AND"
                " entity_id IN (SELECT id FROM outreach_responses WHERE attempt_id = ?))")
        params = [attempt_id, attempt_id]
    rows = conn.execute(sql + " ORDER BY id", params).fetchall()
    out = []
    for row in rows:
        item = dict(row)
        for key in ("before", "after"):
            item[key] = json.loads(item[key]) if item[key] else None
        out.append(item)
    return out
