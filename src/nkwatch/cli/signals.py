"""``nkwatch timeline``, ``signals``, ``compare`` and ``watch``."""

import time

import click

from nkwatch.cli.common import (
    date_options,
    db_option,
    emit_json,
    json_option,
    note,
    open_store,
)
from nkwatch.errors import UserError
from nkwatch.store.mention_queries import PERIODS, compare
from nkwatch.store.timeline import timeline


@click.command(name="timeline")
@click.option("--actor", required=True, help="Actor id.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--by", type=click.Choice(list(PERIODS)), default="month", show_default=True)
@date_options
@db_option
@json_option
def timeline_command(actor, outlet, by, since, until, db, as_json):
    """Mentions of an actor per period and outlet: articles, share, mean tone.
    Periods with no mention are listed with zeros, so silences show.
    """
    rows = timeline(open_store(db, must_exist=True), actor, outlet=outlet, by=by, since=since,
                    until=until)
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        tone = f"{r['tone']:+.2f}" if r["tone"] is not None else "  -  "
        bar = "#" * min(60, round(r["share"] * 200))
        click.echo(f"{r['period']}  {r['outlet']:10s} {r['articles']:>5} art {r['mentions']:>5} "
                   f"men  share {r['share']:.3f}  tone {tone}  {bar}")


@click.command(name="signals")
@date_options
@click.option("--actor", help="Only this actor.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--kind", type=click.Choice(["silence", "first", "escalation", "de-escalation",
                                           "surge"]), help="Only this kind.")
@click.option("--min-strength", type=float, default=None, help="Only signals this strong.")
@db_option
@json_option
def signals_command(since, until, actor, outlet, kind, min_strength, db, as_json):
    """Silences, firsts, escalations and surges, each with its evidence sentences.

    \b
    Example:
      nkwatch signals --actor donald-trump --since 2017-01-01 --json
    """
    from nkwatch.signals.engine import stored_signals

    rows = stored_signals(open_store(db, must_exist=True), since=since, until=until,
                          actor=actor, outlet=outlet, kind=kind, min_strength=min_strength)
    if as_json:
        emit_json([{k: v for k, v in r.items() if k != "key"} for r in rows])
        return
    for r in rows:
        click.echo(f"{r['date']}  {r['kind']:13s} {r['actor']:26s} {r['outlet']:8s} "
                   f"strength {r['strength']:>5.1f}  {r['detail']}")
        for e in r["evidence"][:2]:
            click.echo(f"      {e['date']} {e['sentence'][:150]}")


@click.command(name="compare")
@click.option("--actor", required=True, help="Actor id.")
@click.option("--outlets", required=True, help="Comma-separated outlet ids, e.g. kcna,rodong.")
@db_option
@json_option
def compare_command(actor, outlets, db, as_json):
    """Outlets side by side for one actor: forms, first/last titled mention, last epithet.

    \b
    Example:
      nkwatch compare --actor joe-biden --outlets kcna,rodong,dprk-today
    """
    names = [o.strip() for o in outlets.split(",") if o.strip()]
    if not names:
        raise UserError("--outlets needs at least one outlet id")
    rows = compare(open_store(db, must_exist=True), actor, names)
    if as_json:
        emit_json(rows)
        return
    for r in rows:
        if not r["articles_in_store"]:
            click.echo(f"{r['outlet']}: no articles of this outlet in the store")
            continue
        forms = ", ".join(f"{k} {v}" for k, v in r["forms"].items())
        period = r["store_period"]
        click.echo(f"{r['outlet']}: {r['mentions']} mentions in {r['articles']} articles "
                   f"({forms}); the store holds {r['articles_in_store']} articles of it, "
                   f"{period['first']} to {period['last']}")
        for label in ("first_title", "last_title", "last_epithet"):
            found = r[label]
            click.echo(f"    {label:13s} " + (f"{found['date']}  {found['sentence'][:120]}"
                                             if found else "never"))


@click.command(name="watch")
@click.option("--rules", "rules_path", required=True, type=click.Path(dir_okay=False),
              help="TOML file of [[rule]] tables.")
@click.option("--out", "out_path", default=None, help="Append JSON lines here (default stdout).")
@click.option("--webhook", default=None, help="Also POST each alert to this URL.")
@click.option("--interval", type=float, default=30.0, show_default=True,
              help="Seconds between checks of the store.")
@click.option("--once", is_flag=True, help="Check once and exit.")
@click.option("--timeout", type=float, default=5.0, show_default=True,
              help="Webhook timeout in seconds.")
@db_option
def watch_command(rules_path, out_path, webhook, interval, once, timeout, db):
    """Emit each new signal matching the rules once, after every ingest.

    Run it beside the collector: it re-checks the store whenever signals were
    recomputed. Delivery is remembered in the store, so a restart resends nothing.
    """
    from nkwatch.signals.watch import StreamSink, WebhookSink, deliver, load_rules, store_version

    rules = load_rules(rules_path)
    conn = open_store(db, must_exist=True)
    sinks = [StreamSink(out_path)]
    if webhook:
        sinks.append(WebhookSink(webhook, timeout=timeout))
    seen = None
    while True:
        version = store_version(conn)
        if version != seen:
            sent = deliver(conn, rules, sinks)
            if sent:
                note(f"watch: {sent} alert(s) sent")
            seen = version if all(_all_delivered(conn, rules, s) for s in sinks) else None
        if once:
            return
        time.sleep(interval)


def _all_delivered(conn, rules, sink) -> bool:
    from nkwatch.signals.engine import stored_signals

    done = {(r, k) for r, k in conn.execute(
        "SELECT rule, signal_key FROM alerts_sent WHERE channel = ?", (sink.channel,))}
    return all((rule.name, s["key"]) in done for rule in rules for s in stored_signals(conn)
               if rule.matches(s))
