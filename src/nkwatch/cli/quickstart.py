"""``nkwatch quickstart``: ingest the real KCNA archive and print a summary;
``nkwatch fetch``: download the public archive."""

import os
from pathlib import Path

import click

from nkwatch.analysis.batch import analyze_store
from nkwatch.cli.common import db_option, note, open_store
from nkwatch.ingest.download import KCNA_ARCHIVE_URL, download
from nkwatch.ingest.pipeline import ingest_paths
from nkwatch.quickstart import find_local_corpus, kcna_inputs
from nkwatch.store.stats import store_stats

DEFAULT_CACHE = Path.home() / ".cache" / "nkwatch"


@click.command()
@click.option("--url", default=KCNA_ARCHIVE_URL, show_default=True, help="Archive to fetch.")
@click.option("--dest", type=click.Path(path_type=Path), default=None,
              help="Where to save it (default: ~/.cache/nkwatch/kcna-archive.tar.gz).")
@db_option
def fetch(url, dest, db):
    """Download the public KCNA archive (a tarball of per-day JSON files).

    Takes --db like every command, but only downloads: ingest the file with
    `nkwatch ingest FILE`.
    """
    dest = dest or DEFAULT_CACHE / "kcna-archive.tar.gz"
    path = download(url, dest)
    click.echo(str(path))


@click.command()
@click.option("--corpus", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="KCNA corpus folder (default: ../shared/corpora/kcna-en-1997-2018).")
@click.option("--url", default=KCNA_ARCHIVE_URL, show_default=True,
              help="Public archive to download when no local corpus is found.")
@db_option
def quickstart(corpus, url, db):
    """Ingest the real KCNA archive (local copy, else downloaded) and summarise it."""
    corpus = corpus or find_local_corpus(Path.cwd())
    inputs = kcna_inputs(corpus)
    if inputs:
        note(f"ingesting {len(inputs)} files from {corpus}")
    else:
        note(f"no local corpus found; downloading {url}")
        inputs = [str(download(url, DEFAULT_CACHE / "kcna-archive.tar.gz"))]
    conn = open_store(db)
    workers = os.cpu_count() or 1
    summary = ingest_paths(conn, inputs, workers=workers).as_dict()
    analysis = analyze_store(conn, missing_only=True, workers=workers)
    click.echo(
        f"ingest: read {summary['read']:,} · added {summary['added']:,} · duplicates "
        f"{summary['duplicates']:,} · rejected {summary['rejected']:,}"
    )
    click.echo(f"analysis: {analysis['analyzed']:,} articles · {analysis['mentions']:,} mentions"
               f" · {analysis['events']:,} events")
    stats = store_stats(conn)
    click.echo(f"store: {stats['articles']:,} articles · languages "
               + ", ".join(f"{k} {v:,}" for k, v in stats["by_lang"].items()))
    click.echo("per year: " + ", ".join(f"{k} {v:,}" for k, v in stats["by_year"].items()))
