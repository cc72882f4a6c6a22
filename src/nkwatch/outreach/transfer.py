"""Import and export the outreach ledger as JSON or CSV.

JSON: a list of attempts, each optionally with ``responses``. CSV: one row per
attempt, with optional ``response_date``, ``response_kind``,
``response_summary`` and ``response_sources`` columns; ``sources`` hold
several entries separated by ``|``. A bad row is reported with its position
and skipped; the rest lands. An attempt already in the ledger (same date,
initiator, target and channel) is not added twice.

>>> from nkwatch.store.connection import connect
>>> conn = connect(":memory:")
>>> rows = [{"date": "2018-01-02", "initiator": "south-korea", "target": "north-korea",
...          "channel": "public statement", "visibility": "public", "summary": "Talks offer."}]
>>> import_records(conn, rows, where="x.json", who="test")["added"]
1
"""

import csv
import io
import json
import sqlite3
from pathlib import Path

from nkwatch.errors import UserError
from nkwatch.outreach.ledger import (
    ATTEMPT_FIELDS,
    add_attempt,
    add_response,
    list_attempts,
)

RESPONSE_COLUMNS = {"response_date": "date", "response_kind": "kind",
                    "response_summary": "summary", "response_sources": "sources"}
CSV_COLUMNS = [*ATTEMPT_FIELDS, *RESPONSE_COLUMNS]


def read_file(path: Path) -> tuple[list[dict], str]:
    """Records of a ledger file (``.json`` or ``.csv``) and its kind."""
    if not path.exists():
        raise UserError(f"no such file: {path}")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}:{exc.lineno}: malformed JSON ({exc.msg})") from exc
        if isinstance(data, dict):
            data = data.get("attempts")
        if not isinstance(data, list):
            raise UserError(f"{path}: expected a list of attempts")
        return data, "json"
    if path.suffix.lower() == ".csv":
        return _csv_records(text), "csv"
    raise UserError(f"{path}: use a .json or .csv file")


def _csv_records(text: str) -> list[dict]:
    """One record per attempt: rows sharing an ``id`` (as exported) are one attempt."""
    rows: list[dict] = []
    by_id: dict[str, dict] = {}
    for row in csv.DictReader(io.StringIO(text)):
        response = {RESPONSE_COLUMNS[k]: v for k, v in row.items()
                    if k in RESPONSE_COLUMNS and v not in (None, "")}
        ident = (row.get("id") or "").strip()
        if ident and ident in by_id:
            if response:
                by_id[ident].setdefault("responses", []).append(response)
            rows.append({"_continued": True})
            continue
        record = {k: v for k, v in row.items() if k in ATTEMPT_FIELDS and v not in (None, "")}
        extra = set(row) - set(CSV_COLUMNS) - {None, "id"}
        if extra:
            record["_unknown"] = sorted(extra)
        if response:
            record["responses"] = [response]
        if ident:
            by_id[ident] = record
        rows.append(record)
    return rows


def import_records(conn: sqlite3.Connection, records: list, *, where: str, who: str,
                   row_offset: int = 1) -> dict:
    """Add each record (and its responses); bad ones are listed, the rest lands."""
    existing = {(a["date"], a["initiator"], a["target"], a["channel"])
                for a in list_attempts(conn)}
    summary = {"read": 0, "added": 0, "duplicates": 0, "rejected": 0, "errors": []}
    for index, record in enumerate(records):
        position = f"{where}:{index + row_offset}"
        if isinstance(record, dict) and record.get("_continued"):
            continue  # another response of the attempt above
        summary["read"] += 1
        try:
            if not isinstance(record, dict):
                raise UserError("not an object")
            if record.get("_unknown"):
                raise UserError(f"unknown column(s): {', '.join(record['_unknown'])}")
            fields = {k: v for k, v in record.items() if k in ATTEMPT_FIELDS}
            unknown = set(record) - set(ATTEMPT_FIELDS) - {"responses", "id", "_unknown",
                                                            "created_at", "updated_at",
                                                            "deleted_at"}
            if unknown:
                raise UserError(f"unknown field(s): {', '.join(sorted(unknown))}")
            key = (fields.get("date"), fields.get("initiator"), fields.get("target"),
                   fields.get("channel"))
            if key in existing:
                summary["duplicates"] += 1
                continue
            responses = record.get("responses") or []
            if not isinstance(responses, list):
                raise UserError("responses: a list")
            attempt = add_attempt(conn, fields, who=who, action="import")
            existing.add(key)
            for response in responses:
                add_response(conn, attempt["id"], {k: v for k, v in response.items()
                                                   if k in ("date", "kind", "summary", "sources")},
                             who=who)
            summary["added"] += 1
        except UserError as exc:
            summary["rejected"] += 1
            summary["errors"].append({"where": position, "why": str(exc)})
    return summary


def export_records(conn: sqlite3.Connection, fmt: str) -> str:
    """The whole ledger as JSON or CSV text (CSV: one row per response)."""
    attempts = list_attempts(conn)
    if fmt == "json":
        return json.dumps(attempts, ensure_ascii=False, indent=2)
    if fmt != "csv":
        raise UserError(f"unknown format {fmt!r}: json or csv")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["id", *CSV_COLUMNS])
    writer.writeheader()
    for attempt in attempts:
        base = {k: attempt[k] for k in ATTEMPT_FIELDS} | {"id": attempt["id"]}
        base["sources"] = "|".join(attempt["sources"])
        rows = attempt["responses"] or [None]
        for response in rows:
            row = dict(base)
            if response is not None:
                row |= {"response_date": response["date"], "response_kind": response["kind"],
                        "response_summary": response["summary"],
                        "response_sources": "|".join(response["sources"])}
            writer.writerow(row)
    return out.getvalue()
