"""``nkwatch outreach add|update|delete|respond|list|show|audit|import|export``."""

import getpass
import os
from datetime import date
from pathlib import Path

import click

from nkwatch.cli.common import db_option, emit_json, iso_date, json_option, note, open_store
from nkwatch.outreach import facts, ledger, transfer


def _who(value: str | None) -> str:
    if value:
        return value
    try:
        return os.environ.get("NKWATCH_USER") or getpass.getuser()
    except OSError:
        return "unknown"


def _with_facts(conn, attempt: dict, as_of: str, evidence: bool) -> dict:
    item = dict(attempt)
    item.update(facts.status(attempt, as_of))
    item["as_of"] = as_of
    if evidence:
        item["media"] = facts.media_evidence(conn, attempt)
        item["event_study"] = facts.event_study(conn, attempt)
    return item


who_option = click.option("--who", default=None, help="Who makes the change (audit trail).")
as_of_option = click.option("--as-of", "as_of", callback=iso_date, default=None,
                            metavar="YYYY-MM-DD", help="Status as of this date (default today).")


@click.group(name="outreach")
def outreach():
    """The ledger of attempts to reach an actor (Pyongyang, usually) and their answers."""


@outreach.command(name="add")
@click.option("--date", "date_", required=True, callback=iso_date, metavar="YYYY-MM-DD")
@click.option("--end-date", callback=iso_date, default=None, metavar="YYYY-MM-DD")
@click.option("--initiator", required=True, help="Actor id, e.g. united-states.")
@click.option("--target", default="north-korea", show_default=True, help="Actor id.")
@click.option("--channel", required=True, help='e.g. "New York channel (DPRK mission to the UN)".')
@click.option("--visibility", type=click.Choice(ledger.VISIBILITY), default="private",
              show_default=True)
@click.option("--summary", required=True)
@click.option("--source", "sources", multiple=True, help="A url or citation (repeatable).")
@who_option
@db_option
@json_option
def add(date_, end_date, initiator, target, channel, visibility, summary, sources, who, db,
        as_json):
    """Record an outreach attempt."""
    attempt = ledger.add_attempt(open_store(db), {
        "date": date_, "end_date": end_date, "initiator": initiator, "target": target,
        "channel": channel, "visibility": visibility, "summary": summary,
        "sources": list(sources)}, who=_who(who))
    emit_json(attempt) if as_json else click.echo(f"attempt {attempt['id']} recorded")


@outreach.command(name="update")
@click.argument("attempt_id", type=int)
@click.option("--date", "date_", callback=iso_date, default=None, metavar="YYYY-MM-DD")
@click.option("--end-date", callback=iso_date, default=None, metavar="YYYY-MM-DD")
@click.option("--initiator")
@click.option("--target")
@click.option("--channel")
@click.option("--visibility", type=click.Choice(ledger.VISIBILITY))
@click.option("--summary")
@click.option("--source", "sources", multiple=True, help="Replaces the sources.")
@who_option
@db_option
@json_option
def update(attempt_id, date_, end_date, initiator, target, channel, visibility, summary, sources,
           who, db, as_json):
    """Change an attempt (the old values stay in the audit trail)."""
    changes = {k: v for k, v in {"date": date_, "end_date": end_date, "initiator": initiator,
                                 "target": target, "channel": channel,
                                 "visibility": visibility, "summary": summary}.items()
               if v is not None}
    if sources:
        changes["sources"] = list(sources)
    attempt = ledger.update_attempt(open_store(db, must_exist=True), attempt_id, changes,
                                    who=_who(who))
    emit_json(attempt) if as_json else click.echo(f"attempt {attempt_id} updated")


@outreach.command(name="delete")
@click.argument("attempt_id", type=int)
@click.option("--reason", required=True, help="Why (kept in the audit trail).")
@who_option
@db_option
def delete(attempt_id, reason, who, db):
    """Mark an attempt deleted; it stays in the store and the audit trail."""
    ledger.delete_attempt(open_store(db, must_exist=True), attempt_id, who=_who(who),
                          reason=reason)
    click.echo(f"attempt {attempt_id} marked deleted")


@outreach.command(name="respond")
@click.argument("attempt_id", type=int)
@click.option("--date", "date_", required=True, callback=iso_date, metavar="YYYY-MM-DD")
@click.option("--kind", type=click.Choice(ledger.RESPONSE_KINDS), required=True)
@click.option("--summary", default="")
@click.option("--source", "sources", multiple=True, help="A url or citation (repeatable).")
@who_option
@db_option
@json_option
def respond(attempt_id, date_, kind, summary, sources, who, db, as_json):
    """Record the answer to an attempt (or that there is none yet)."""
    attempt = ledger.add_response(open_store(db, must_exist=True), attempt_id, {
        "date": date_, "kind": kind, "summary": summary, "sources": list(sources)},
        who=_who(who))
    emit_json(attempt) if as_json else click.echo(f"response to attempt {attempt_id} recorded")


@outreach.command(name="list")
@as_of_option
@db_option
@json_option
def list_command(as_of, db, as_json):
    """Every attempt with its status and days without an answer."""
    conn = open_store(db, must_exist=True)
    as_of = as_of or date.today().isoformat()
    rows = [_with_facts(conn, a, as_of, evidence=False) for a in ledger.list_attempts(conn)]
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        state = (f"unanswered, {r['days_without_answer']} days" if r["status"] == "unanswered"
                 else f"{r['status']} on {r['answered_on']}" if r["answered_on"] else r["status"])
        click.echo(f"{r['id']:>4}  {r['date']}  {r['initiator']} -> {r['target']}  "
                   f"[{r['channel']}]  {state}")


@outreach.command(name="show")
@click.argument("attempt_id", type=int)
@as_of_option
@db_option
@json_option
def show(attempt_id, as_of, db, as_json):
    """One attempt: status, media evidence around it, and an event study."""
    conn = open_store(db, must_exist=True)
    as_of = as_of or date.today().isoformat()
    item = _with_facts(conn, ledger.get_attempt(conn, attempt_id), as_of, evidence=True)
    if as_json:
        emit_json(item)
        return
    click.echo(f"{item['id']}  {item['date']}  {item['initiator']} -> {item['target']}  "
               f"[{item['channel']}, {item['visibility']}]")
    click.echo(f"    {item['summary']}")
    click.echo(f"    status as of {as_of}: {item['status']}")
    media = item["media"]
    click.echo(f"    media {media['window']['since']}..{media['window']['until']}: initiator "
               f"named in {media['initiator_sentences']} sentences; channel named: "
               f"{media['channel_mentioned']}; attempt-like: {media['attempt_mentioned']}")
    for e in media["evidence"]["attempt"][:5]:
        click.echo(f"      {e['date']} {e['sentence'][:140]}")
    study = item["event_study"]
    for key in ("share_change", "tone_change"):
        change = study[key]
        if change:
            click.echo(f"    {key}: {change['change']:+.4f} (95% CI {change['ci95'][0]:+.4f}"
                       f" .. {change['ci95'][1]:+.4f})")


@outreach.command(name="audit")
@click.argument("attempt_id", type=int, required=False)
@db_option
@json_option
def audit(attempt_id, db, as_json):
    """The audit trail: who changed what, when (of one attempt, or all)."""
    rows = ledger.audit_trail(open_store(db, must_exist=True), attempt_id)
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        click.echo(f"{r['at']}  {r['who']:12s} {r['action']:8s} {r['entity']} {r['entity_id']}"
                   f"  {r['after'] if r['after'] is not None else r['before']}")


@outreach.command(name="import")
@click.argument("path", type=click.Path(path_type=Path))
@who_option
@db_option
@json_option
def import_command(path, who, db, as_json):
    """Import attempts (and responses) from a .json or .csv file; bad rows are listed."""
    records, kind = transfer.read_file(path)
    summary = transfer.import_records(open_store(db), records, where=str(path), who=_who(who),
                                      row_offset=2 if kind == "csv" else 1)
    if as_json:
        emit_json(summary)
        return
    for error in summary["errors"]:
        note(f"rejected {error['where']}: {error['why']}")
    click.echo(f"read {summary['read']} · added {summary['added']} · duplicates "
               f"{summary['duplicates']} · rejected {summary['rejected']}")


@outreach.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json",
              show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None, help="File (default stdout).")
@db_option
def export(fmt, out, db):
    """Export the ledger as JSON or CSV."""
    text = transfer.export_records(open_store(db, must_exist=True), fmt)
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        click.echo(text)
