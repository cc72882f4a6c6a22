"""Store queries about mentions: ``forms``, ``epithets``, ``first``, ``actors``, ``actor``."""

import click

from nkwatch.cli.common import (
    date_options,
    db_option,
    emit_json,
    iso_date,
    json_option,
    open_store,
)
from nkwatch.store import mention_queries as q


def _table(rows: list[dict], columns: list[str]) -> None:
    if not rows:
        click.echo("(nothing)", err=True)
        return
    widths = {c: max(len(c), *(len(str(r.get(c, ""))) for r in rows)) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        click.echo("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))


@click.command(name="forms")
@click.option("--actor", required=True, help="Actor id, e.g. donald-trump.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--by", type=click.Choice(list(q.PERIODS)), default="month", show_default=True)
@date_options
@db_option
@json_option
def forms_command(actor, outlet, by, since, until, db, as_json):
    """How an actor is addressed, per period and outlet: title, name, role, epithet.

    \b
    Example:
      nkwatch forms --actor donald-trump --outlet kcna --by month --since 2017-01-01
    """
    rows = q.forms(open_store(db, must_exist=True), actor, outlet=outlet, by=by, since=since,
                   until=until)
    if as_json:
        emit_json(rows)
    else:
        _table(rows, ["period", "outlet", "articles", "mentions", "title", "name", "role",
                      "epithet"])


@click.command(name="epithets")
@click.option("--actor", help="Only this actor.")
@click.option("--outlet", help="Only this outlet.")
@date_options
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@db_option
@json_option
def epithets_command(actor, outlet, since, until, limit, db, as_json):
    """Insults and derisive labels used, for whom, since when, with an example."""
    rows = q.epithets(open_store(db, must_exist=True), actor=actor, outlet=outlet, since=since,
                      until=until, limit=limit)
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        click.echo(f"{row['count']:>6}  {row['epithet']:30s} {row['actor']:24s} "
                   f"{row['first_seen']} .. {row['last_seen']}")
        if row["example"]:
            click.echo(f"        {row['example']['date']} {row['example']['url']}")
            click.echo(f"        {row['example']['sentence'][:200]}")


@click.command(name="first")
@click.option("--actor", required=True, help="Actor id.")
@click.option("--form", type=click.Choice(q.FORMS), help="Only mentions in this form.")
@click.option("--epithet", help="Only mentions with this epithet word.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--since", callback=iso_date, metavar="YYYY-MM-DD", help="First date included.")
@db_option
@json_option
def first_command(actor, form, epithet, outlet, since, db, as_json):
    """The first time an actor was mentioned (in a form, or with an epithet).

    \b
    Example:
      nkwatch first --actor donald-trump --epithet dotard --outlet kcna
    """
    found = q.first(open_store(db, must_exist=True), actor, form=form, epithet=epithet,
                    outlet=outlet, since=since)
    if as_json:
        emit_json(found)
    elif found is None:
        click.echo("never", err=True)
    else:
        click.echo(f"{found['date']}  {found['outlet']}  {found['title']}")
        click.echo(f"    {found['url']}")
        click.echo(f"    {found['sentence']}")


@click.command(name="actors")
@click.option("--kind", type=click.Choice(["person", "country", "organization"]))
@click.option("--outlet", help="Only this outlet.")
@date_options
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@db_option
@json_option
def actors_command(kind, outlet, since, until, limit, db, as_json):
    """The most-mentioned actors, with first and last seen."""
    rows = q.actors(open_store(db, must_exist=True), kind=kind, outlet=outlet, since=since,
                    until=until, limit=limit)
    if as_json:
        emit_json(rows)
    else:
        _table(rows, ["id", "kind", "mentions", "articles", "first_seen", "last_seen"])


@click.command(name="actor")
@click.argument("actor_id")
@db_option
@json_option
def actor_command(actor_id, db, as_json):
    """One actor's profile: counts, first/last seen per outlet, forms, top epithets."""
    profile = q.actor_profile(open_store(db, must_exist=True), actor_id)
    if as_json:
        emit_json(profile)
        return
    click.echo(f"{profile['name']} ({profile['id']}, {profile['kind']}): "
               f"{profile['mentions']:,} mentions in {profile['articles']:,} articles")
    click.echo("forms: " + ", ".join(f"{k} {v:,}" for k, v in profile["forms"].items()))
    _table(profile["outlets"], ["outlet", "mentions", "articles", "first_seen", "last_seen"])
    for row in profile["top_epithets"]:
        click.echo(f"  {row['count']:>5}  {row['epithet']}  ({row['first_seen']} .. "
                   f"{row['last_seen']})")
