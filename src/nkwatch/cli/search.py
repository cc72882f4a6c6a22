"""``nkwatch search QUERY``: full-text search with filters."""

import click

from nkwatch.cli.common import date_options, db_option, emit_json, json_option, open_store
from nkwatch.store.search import ORDERS, search


@click.command(name="search")
@click.argument("query")
@click.option("--outlet", help="Only this outlet.")
@click.option("--lang", help="Only this language (en, es, ko, ...).")
@date_options
@click.option("--limit", type=click.IntRange(1, 10000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many hits.")
@click.option("--order", type=click.Choice(ORDERS), default="relevance", show_default=True)
@db_option
@json_option
def search_command(query, outlet, lang, since, until, limit, offset, order, db, as_json):
    """Search titles and bodies. QUERY uses SQLite FTS5 syntax: words,
    "exact phrases", AND/OR/NOT, prefix*, NEAR(a b, 5).

    \b
    Examples:
      nkwatch search dotard --since 2017-09-01 --until 2017-09-30
      nkwatch search '"merciless punishment" AND Washington' --order date --json
    """
    conn = open_store(db, must_exist=True)
    hits = search(conn, query, outlet=outlet, lang=lang, since=since, until=until,
                  limit=limit, offset=offset, order=order)
    if as_json:
        emit_json(hits)
        return
    for hit in hits:
        click.echo(f"{hit['date']}  {hit['outlet']}  {hit['title']}")
        click.echo(f"    {hit['url']}")
        click.echo(f"    {hit['snippet']}")
    click.echo(f"{len(hits)} hits", err=True)
