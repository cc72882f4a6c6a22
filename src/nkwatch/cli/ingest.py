"""``nkwatch ingest PATH...``: load articles into the store."""

import os

import click

from nkwatch.cli.common import db_option, emit_json, json_option, note, open_store
from nkwatch.errors import UserError
from nkwatch.ingest.pipeline import ingest_paths
from nkwatch.ingest.prepare import parse_map
from nkwatch.ingest.readers import READERS


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", help="Outlet id for every record (default: from the url host).")
@click.option("--format", "fmt", type=click.Choice(list(READERS)), help="Input format.")
@click.option("--map", "mapping", metavar="dst=src,...",
              help="Field names in your files, e.g. title=headline,body=story_text.")
@click.option("--lang", help="Language code for every record (default: detected).")
@click.option("--workers", type=int, default=None, help="Processes (default: CPU count).")
@click.option("--no-analyze", "no_analyze", is_flag=True,
              help="Only store the articles; run `nkwatch analyze` later.")
@db_option
@json_option
def ingest(paths, outlet, fmt, mapping, lang, workers, no_analyze, db, as_json):
    """Ingest archives and scrapes: KCNA/Rodong JSONL(.gz), New Year YYYY.txt
    folders, KCNA day files, or your own JSON/JSONL/CSV with --map.

    \b
    Examples:
      nkwatch ingest ../shared/corpora/kcna-en-1997-2018/*.jsonl.gz
      nkwatch ingest scrape.csv --outlet dprk-today --map title=headline,body=story_text
    """
    try:
        field_map = parse_map(mapping)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    conn = open_store(db)
    workers = workers or os.cpu_count() or 1
    summary = ingest_paths(conn, list(paths), fmt=fmt, mapping=field_map, outlet=outlet,
                           lang=lang, workers=workers)
    result = summary.as_dict()
    if not no_analyze:
        from nkwatch.analysis.batch import analyze_store

        analysis = analyze_store(conn, missing_only=True, workers=workers)
        result["analyzed"] = analysis["analyzed"]
    if as_json:
        emit_json(result)
        return
    for error in result["errors"][:20]:
        note(f"rejected {error['where']}: {error['why']}")
    if result["rejected"] > 20:
        note(f"... and {result['rejected'] - 20} more rejected (see --json)")
    click.echo(
        f"read {result['read']:,} · added {result['added']:,} · duplicates "
        f"{result['duplicates']:,} · new versions {result['versions']:,} · rejected "
        f"{result['rejected']:,} · analysed {result.get('analyzed', 0):,}"
    )
