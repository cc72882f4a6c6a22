"""``nkwatch annotate`` (one text on stdin) and ``nkwatch analyze`` (the store)."""

import os
import sys

import click

from nkwatch.cli.common import db_option, emit_json, iso_date, json_option, note, open_store


@click.command()
@click.option("--date", "date", callback=iso_date, default=None, metavar="YYYY-MM-DD",
              help="Publication date (resolves role phrases; default: today).")
@click.option("--outlet", default=None, help="Outlet id.")
@click.option("--lang", default=None, help="Language (default: detected).")
@click.option("--title", default="", help="Title, dropped when the text repeats it.")
@db_option
@json_option
def annotate(date, outlet, lang, title, db, as_json):
    """Analyse one article read on stdin: sentences, mentions, tone, events.
    Offsets are character offsets into the text exactly as read.

    \b
    Example:
      echo "Lunatic dotard Trump and his group" | nkwatch annotate --date 2017-09-22 --json
    """
    from datetime import date as today

    from nkwatch.analysis.pipeline import annotate_raw
    from nkwatch.ingest.language import detect_language

    text = sys.stdin.read()
    lang = lang or detect_language(text)
    doc = annotate_raw(text, date=date or today.today().isoformat(), outlet=outlet, lang=lang,
                       title=title)
    result = doc.as_dict()
    if as_json:
        emit_json(result)
        return
    for m in result["mentions"]:
        extra = f" title={m['title']!r}" if m["title"] else ""
        extra += f" epithets={m['epithets']}" if m["epithets"] else ""
        extra += " (inferred)" if m["inferred"] else ""
        tone = f" tone={m['tone']:+.2f}" if m["tone"] is not None else ""
        click.echo(f"{m['start']:>6}-{m['end']:<6} {m['actor']:24s} {m['kind']:12s} "
                   f"{m['form'] or '-':8s} {m['text']!r}{extra}{tone}")
    for e in result["events"]:
        click.echo(f"event s{e['sentence']}: {e['type']} {e['source']} -> {e['target']} "
                   f"({e['score']:+.1f}) {e['trigger']!r}")


@click.command()
@click.option("--all", "redo", is_flag=True, help="Re-analyse every article.")
@click.option("--new", "missing_only", is_flag=True,
              help="Only articles never analysed (skip version changes).")
@click.option("--workers", type=int, default=None, help="Processes (default: CPU count).")
@db_option
@json_option
def analyze(redo, missing_only, workers, db, as_json):
    """Analyse stored articles: by default those never analysed, or analysed with
    another version of the registry or lexicons (so edit a data file, then re-run).
    """
    from nkwatch.analysis.batch import analyze_store

    conn = open_store(db, must_exist=True)
    result = analyze_store(conn, redo=redo, missing_only=missing_only,
                           workers=workers or os.cpu_count() or 1)
    if as_json:
        emit_json(result)
    else:
        note(f"analysed {result['analyzed']:,} articles: {result['mentions']:,} mentions, "
             f"{result['events']:,} events")
