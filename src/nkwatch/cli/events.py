"""``nkwatch events``: who did what to whom (PLOVER categories), with evidence."""

import click

from nkwatch.cli.common import date_options, db_option, emit_json, json_option, open_store
from nkwatch.store.event_queries import event_counts, events
from nkwatch.store.mention_queries import PERIODS


@click.command(name="events")
@click.option("--source", help="Source actor id (e.g. north-korea).")
@click.option("--target", help="Target actor id (e.g. united-states).")
@click.option("--type", "type_", help="PLOVER category, e.g. THREATEN.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--by", type=click.Choice(list(PERIODS)), default=None,
              help="Count per period instead of listing.")
@date_options
@click.option("--limit", type=click.IntRange(1, 10000), default=100, show_default=True)
@db_option
@json_option
def events_command(source, target, type_, outlet, by, since, until, limit, db, as_json):
    """Events coded from the articles: list them, or count them per period (--by).
    Every row carries the sentences behind it.

    \b
    Example:
      nkwatch events --source north-korea --target united-states --by month --json
    """
    conn = open_store(db, must_exist=True)
    if by:
        rows = event_counts(conn, by=by, source=source, target=target, type_=type_,
                            outlet=outlet, since=since, until=until)
    else:
        rows = events(conn, source=source, target=target, type_=type_, outlet=outlet,
                      since=since, until=until, limit=limit)
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        if by:
            click.echo(f"{r['period']}  {r['type']:11s} {r['source'] or '?':20s} -> "
                       f"{r['target'] or '?':20s} {r['events']:>5}  score {r['score']:+.1f}")
        else:
            click.echo(f"{r['date']}  {r['type']:11s} {r['source'] or '?'} -> "
                       f"{r['target'] or '?'}  ({r['trigger']})  {r['sentence'][:120]}")
