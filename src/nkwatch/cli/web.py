"""``nkwatch serve`` (JSON API and dashboard) and ``nkwatch report`` (one mailable HTML file)."""

import click

from nkwatch.cli.common import date_options, db_option, note, open_store
from nkwatch.config import resolve_db_path
from nkwatch.errors import UserError


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token-file", type=click.Path(dir_okay=False), default=None,
              help="File whose first line is the token for outreach writes.")
@db_option
def serve_command(host, port, token_file, db):
    """Serve the JSON API under /api/ (schema at /openapi.json) and the dashboard at /.

    The store is opened read-only; a collector may keep writing to it. The
    outreach ledger's write endpoints need a bearer token: $NKWATCH_TOKEN, or
    the first line of --token-file / $NKWATCH_TOKEN_FILE.

    \b
    Example:
      nkwatch serve --db nkwatch.db --port 8000    # then open http://127.0.0.1:8000/
    """
    import os

    import uvicorn

    from nkwatch.web.app import create_app

    app = create_app(resolve_db_path(db, os.environ), token_file=token_file)
    note(f"nkwatch: serving http://{host}:{port}/ (API under /api/, Ctrl-C stops)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc}") from exc


@click.command(name="report")
@click.option("--actor", required=True, help="Actor id, e.g. donald-trump.")
@date_options
@click.option("--by", type=click.Choice(["day", "month", "year"]), default="month",
              show_default=True, help="Period of the charts.")
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--png", "png_dir", default=None, type=click.Path(file_okay=False),
              help="Also write the charts as PNG images into this folder.")
@db_option
def report_command(actor, since, until, by, out_path, png_dir, db):
    """Write one self-contained HTML report on an actor (charts inline, no scripts).

    \b
    Example:
      nkwatch report --actor donald-trump --since 2017-01-01 --until 2017-12-31 \\
          --out trump-2017.html --png charts/
    """
    from nkwatch.report import write_report

    if since and until and since > until:
        raise UserError(f"--since {since} is after --until {until}")
    conn = open_store(db, must_exist=True)
    written = write_report(conn, actor, out_path, since=since, until=until, by=by,
                           png_dir=png_dir)
    note(f"nkwatch: wrote {out_path}" + (f" and {len(written)} PNG file(s) in {png_dir}"
                                         if png_dir else ""))
