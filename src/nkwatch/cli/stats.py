"""``nkwatch stats``: articles per outlet, language and year."""

import click

from nkwatch.cli.common import db_option, emit_json, json_option, open_store
from nkwatch.store.stats import store_stats


@click.command()
@db_option
@json_option
def stats(db, as_json):
    """Count the articles in the store per outlet, language and year."""
    result = store_stats(open_store(db, must_exist=True))
    if as_json:
        emit_json(result)
        return
    click.echo(f"{result['articles']:,} articles ({result['aliases']:,} aliases, "
               f"{result['versions']:,} later versions)")
    click.echo("by outlet:   " + ", ".join(f"{k} {v:,}" for k, v in result["by_outlet"].items()))
    click.echo("by language: " + ", ".join(f"{k} {v:,}" for k, v in result["by_lang"].items()))
    click.echo("by year:     " + ", ".join(f"{k} {v:,}" for k, v in result["by_year"].items()))
